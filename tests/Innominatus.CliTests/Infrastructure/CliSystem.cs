extern alias workflow;
using Innominatus.Cli.Api;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// The real workflow service (real PostgreSQL and RabbitMQ) with the tests' provider and golden paths. The CLI reaches
/// it in-process as the gateway would forward it: with a signed caller token made from its development identity, or
/// (the "strict" path) with no credential at all.
/// </summary>
public sealed class CliSystem : IAsyncLifetime
{
    private ServiceFactory<workflow::Program>? service;

    public string Work { get; } = Directory.CreateTempSubdirectory("innominatus-cli-").FullName;

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsWindows())
        {
            // The catalogue's scripts look for a marker here as the unprivileged user they run as when tests run as root.
            File.SetUnixFileMode(Work, (UnixFileMode)0b111_101_101);
        }
        var (providers, goldenPaths) = TestCatalog.Write(Work);
        service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["Providers:Sources:0:Path"] = providers,
            ["GoldenPaths:Sources:0:Path"] = goldenPaths,
            ["Workloads:Deploy"] = "false", // no cluster here; the workload's own deployment is tested in SystemTests
        });
        await service.StartAsync();
    }

    /// <summary>The CLI as <paramref name="user"/> of <paramref name="team"/>.</summary>
    public CliRunner Cli(string user = "alice", string team = "team-a", string? roles = null) =>
        new(() => new CallerTokenHandler(service!.Server.CreateHandler()), new Dictionary<string, string>
        {
            ["INNOMINATUS_DEV_IDENTITY"] = roles is null ? $"{user}:{team}" : $"{user}:{team}:{roles}",
        });

    /// <summary>
    /// The CLI's own API client as <paramref name="user"/> of <paramref name="team"/>, for what no command prints as such:
    /// behind the CLI's authentication handler with its development identity and no stored credential, as a command has it.
    /// </summary>
    public ApiClient Api(string user = "alice", string team = "team-a")
    {
        var server = service!.Server.BaseAddress;
        var credentials = new CredentialSource(_ => null, new CredentialStore(Path.Combine(Work, "no-credentials")), server, (_, _) => Task.FromResult<Credential?>(null));
        var handler = new AuthenticationHandler(credentials, new DevIdentity(user, team, null)) { InnerHandler = new CallerTokenHandler(service.Server.CreateHandler()) };
        return new ApiClient(new HttpClient(handler) { BaseAddress = server });
    }

    /// <summary>The CLI whose development identity nobody turns into a credential, as in production: every call is 401.</summary>
    public CliRunner CliThroughStrictGateway(string user = "alice", string team = "team-a") =>
        new(() => service!.Server.CreateHandler(), new Dictionary<string, string> { ["INNOMINATUS_DEV_IDENTITY"] = $"{user}:{team}" });

    public async Task DisposeAsync()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }
        Directory.Delete(Work, recursive: true);
    }
}
