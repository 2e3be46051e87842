using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// Starts the whole system from the AppHost on local infrastructure, in its own data folder. With
/// <paramref name="dashboard"/> the Aspire dashboard runs on free ports as under <c>dotnet run</c>: the services then
/// have an OTLP endpoint, so they record and export spans (tracing is off without one).
/// </summary>
public static class LocalSystem
{
    public static async Task<(DistributedApplication App, string Root)> StartAsync(
        string adminPassword, Action<IDistributedApplicationTestingBuilder>? configure = null, bool dashboard = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "innominatus-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        string[] dashboardSettings = dashboard
            ?
            [
                $"--ASPNETCORE_URLS=http://localhost:{FreePort()}",
                $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePort()}",
                $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePort()}",
                "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            ]
            : [];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--infra", "local",
            $"--LocalInfrastructure:Root={root}",
            "--LocalInfrastructure:EpmdPort=4374",
            "--LocalInfrastructure:RabbitDistributionPort=25677",
            $"--Parameters:bootstrap-admin-password={adminPassword}",
            $"--Parameters:gateway-client-secret={Guid.NewGuid():N}",
            .. dashboardSettings,
        ], (options, _) => options.DisableDashboard = !dashboard);
        // The services' own log lines would interleave with the figures.
        builder.Services.AddLogging(logging => logging.AddFilter("AppHost.Resources", LogLevel.None));
        configure?.Invoke(builder);
        var app = await builder.BuildAsync();
        await app.StartAsync();
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
        return (app, root);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
