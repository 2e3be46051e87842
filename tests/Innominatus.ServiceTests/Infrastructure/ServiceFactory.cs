using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>One service in-process on the real database and broker, with its log lines captured.</summary>
public sealed class ServiceFactory<TProgram>(string databaseConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    public LogSink Logs { get; } = new();

    public string DatabaseConnectionString { get; } = databaseConnectionString;

    /// <summary>
    /// Starts the service and waits until it is ready. A host disposed before its bus has started leaves that bus
    /// running on its own, stealing the next test's messages: every test that starts a service comes through here.
    /// </summary>
    public async Task<HttpClient> StartAsync()
    {
        var client = CreateClient();
        using var _ = await Readiness.WaitAsync(client);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:idp-orchestrator", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestInfrastructure.RabbitMq);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
