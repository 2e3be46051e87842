using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Innominatus.SystemTests;

/// <summary>The real AppHost in local-infrastructure mode, with PostgreSQL and RabbitMQ data in <see cref="Root"/>.</summary>
public sealed class LocalSystem : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private LocalSystem(DistributedApplication app, string root)
    {
        App = app;
        Root = root;
    }

    public DistributedApplication App { get; }

    public string Root { get; }

    public static async Task<LocalSystem> StartAsync(string root)
    {
        // Erlang ports of their own, so a developer's running AppHost does not collide with the tests.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--infra", "local",
            $"--LocalInfrastructure:Root={root}",
            "--LocalInfrastructure:EpmdPort=4373",
            "--LocalInfrastructure:RabbitDistributionPort=25676",
        ]);
        var app = await builder.BuildAsync().WaitAsync(StartTimeout);
        await app.StartAsync().WaitAsync(StartTimeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway").WaitAsync(StartTimeout);
        return new LocalSystem(app, root);
    }

    public static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "innominatus-system-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        return root;
    }

    public HttpClient Gateway() => App.CreateHttpClient("gateway");

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await App.DisposeAsync();
    }
}
