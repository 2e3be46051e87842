using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>One service in-process on the real database and broker (as in Innominatus.ServiceTests).</summary>
public sealed class ServiceFactory<TProgram>(string databaseConnectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    /// <summary>Starts the service and waits until it is ready (its bus connects in the background).</summary>
    public async Task StartAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.GetAsync("/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the service was not ready within 30 s: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(100);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:idp-orchestrator", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", TestInfrastructure.RabbitMq);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Each test's service has a database of its own: close its pooled connections, or a long run exhausts the server.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
