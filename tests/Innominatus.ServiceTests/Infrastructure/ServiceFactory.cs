using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// One service in-process on the real database and broker, with its log lines captured. It trusts the test key of
/// <see cref="InternalCallerTokens"/>.
/// </summary>
public sealed class ServiceFactory<TProgram>(string databaseConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    public LogSink Logs { get; } = new();

    public string DatabaseConnectionString { get; } = databaseConnectionString;

    /// <summary>Set by <see cref="StartOnLoopbackAsync"/>: where the service listens for real HTTP.</summary>
    public Uri? Address { get; private set; }

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

    /// <summary>Starts the service on Kestrel at 127.0.0.1 (for callers that need real HTTP: the gateway, an OIDC client).</summary>
    public async Task<HttpClient> StartOnLoopbackAsync(int? port = null)
    {
        var chosen = port ?? FreePort();
        UseKestrel(chosen);
        StartServer();
        Address = new Uri($"http://127.0.0.1:{chosen}/");
        var client = new HttpClient { BaseAddress = Address };
        using var _ = await Readiness.WaitAsync(client);
        return client;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:idp-orchestrator", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestInfrastructure.RabbitMq);
        foreach (var (key, value) in InternalCallerTokens.Settings.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>Each test's service has a database of its own: close its pooled connections, or a long run exhausts the server.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
