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
        var (epmd, distribution) = ErlangPorts(root);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--infra", "local",
            $"--LocalInfrastructure:Root={root}",
            $"--LocalInfrastructure:EpmdPort={epmd}",
            $"--LocalInfrastructure:RabbitDistributionPort={distribution}",
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

    /// <summary>
    /// Erlang ports of the root's own, picked free once and kept in the root, so a developer's AppHost and another test
    /// run on the same machine do not collide with the tests, and a restart on the same root finds its node again.
    /// </summary>
    public static (int Epmd, int Distribution) ErlangPorts(string root)
    {
        var file = Path.Combine(root, "erlang-ports");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, $"{FreePort()} {FreePort()}");
        }
        var ports = File.ReadAllText(file).Split(' ').Select(int.Parse).ToArray();
        return (ports[0], ports[1]);
    }

    /// <summary>
    /// A free port between 20000 and 32000: below Linux's ephemeral range (a port handed out for outgoing connections
    /// may be taken before RabbitMQ binds it), and far enough under 65535 for rabbitmqctl's own distribution ports
    /// (the node's distribution port + 10000 and up).
    /// </summary>
    private static int FreePort()
    {
        while (true)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException)
            {
                // taken: try another
            }
        }
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
