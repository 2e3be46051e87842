using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Innominatus.SystemTests;

/// <summary>The real AppHost in local-infrastructure mode, with PostgreSQL and RabbitMQ data in <see cref="Root"/>.</summary>
public sealed class LocalSystem : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public const string AdminPassword = "system-test-admin-password";

    private LocalSystem(DistributedApplication app, string root)
    {
        App = app;
        Root = root;
    }

    public DistributedApplication App { get; }

    public string Root { get; }

    public static async Task<LocalSystem> StartAsync(string root, params string[] settings)
    {
        // Erlang ports of their own, so a developer's running AppHost does not collide with the tests.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--infra", "local",
            $"--LocalInfrastructure:Root={root}",
            "--LocalInfrastructure:EpmdPort=4373",
            "--LocalInfrastructure:RabbitDistributionPort=25676",
            $"--Parameters:bootstrap-admin-password={AdminPassword}",
            $"--Parameters:gateway-client-secret={Guid.NewGuid():N}",
            .. settings,
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

    /// <summary>
    /// A client with no credential at all: clients from <see cref="Gateway"/> share pooled handlers, and with them the
    /// session cookie a login set.
    /// </summary>
    public HttpClient AnonymousGateway() => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = App.GetEndpoint("gateway", "http") };

    /// <summary>A gateway client logged in as the bootstrap admin (its password is an AppHost parameter).</summary>
    public async Task<HttpClient> AdminGatewayAsync()
    {
        var client = Gateway();
        var login = await client.PostAsJsonAsync("/api/login", new { username = "admin", password = AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await App.DisposeAsync();
    }
}
