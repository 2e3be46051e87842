using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Innominatus.Bench.Scenarios;

/// <summary>Starts the whole system from the AppHost on local infrastructure, in its own data folder.</summary>
public static class LocalSystem
{
    public static async Task<(DistributedApplication App, string Root)> StartAsync(string adminPassword, Action<IDistributedApplicationTestingBuilder>? configure = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "innominatus-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--infra", "local",
            $"--LocalInfrastructure:Root={root}",
            "--LocalInfrastructure:EpmdPort=4374",
            "--LocalInfrastructure:RabbitDistributionPort=25677",
            $"--Parameters:bootstrap-admin-password={adminPassword}",
            $"--Parameters:gateway-client-secret={Guid.NewGuid():N}",
        ]);
        configure?.Invoke(builder);
        var app = await builder.BuildAsync();
        await app.StartAsync();
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
        return (app, root);
    }
}
