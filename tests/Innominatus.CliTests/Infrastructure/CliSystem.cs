extern alias workflow;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// The real workflow service (real PostgreSQL and RabbitMQ) with the tests' provider and golden paths, behind the
/// real gateway twice: a development gateway that passes the caller headers through, and a production-like one
/// that strips them. The CLI reaches them through their in-process handlers.
/// </summary>
public sealed class CliSystem : IAsyncLifetime
{
    private ServiceFactory<workflow::Program>? service;
    private GatewayHost? gateway;
    private GatewayHost? strictGateway;

    public string Work { get; } = Directory.CreateTempSubdirectory("innominatus-cli-").FullName;

    public async Task InitializeAsync()
    {
        var (providers, goldenPaths) = TestCatalog.Write(Work);
        service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["Providers:Sources:0:Path"] = providers,
            ["GoldenPaths:Sources:0:Path"] = goldenPaths,
        });
        await service.StartAsync();
        gateway = new GatewayHost(service.Server.CreateHandler(), trustIdentityHeaders: true);
        strictGateway = new GatewayHost(service.Server.CreateHandler(), trustIdentityHeaders: false);
        _ = gateway.Server;
        _ = strictGateway.Server;
    }

    /// <summary>The CLI as <paramref name="user"/> of <paramref name="team"/>, through the development gateway.</summary>
    public CliRunner Cli(string user = "alice", string team = "team-a", string? roles = null) =>
        new(() => gateway!.Server.CreateHandler(), new Dictionary<string, string>
        {
            ["INNOMINATUS_DEV_IDENTITY"] = roles is null ? $"{user}:{team}" : $"{user}:{team}:{roles}",
        });

    /// <summary>The CLI through a gateway that drops the caller headers, as production gateways do.</summary>
    public CliRunner CliThroughStrictGateway(string user = "alice", string team = "team-a") =>
        new(() => strictGateway!.Server.CreateHandler(), new Dictionary<string, string> { ["INNOMINATUS_DEV_IDENTITY"] = $"{user}:{team}" });

    public async Task DisposeAsync()
    {
        if (strictGateway is not null)
        {
            await strictGateway.DisposeAsync();
        }
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }
        if (service is not null)
        {
            await service.DisposeAsync();
        }
        Directory.Delete(Work, recursive: true);
    }
}
