extern alias demo;
extern alias identity;
extern alias workflow;
using Innominatus.ServiceTests.Gateway;
using Innominatus.ServiceTests.Infrastructure;
using identity::Innominatus.IdentityService.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// The IdentityService, WorkflowService and DemoService on real HTTP at 127.0.0.1 with one database, and a gateway in
/// front of them: the whole authentication path, as deployed, minus Aspire.
/// </summary>
public sealed class IdentityStack : IAsyncLifetime
{
    public const string Issuer = "http://gateway.test/";
    public const string AdminPassword = "bootstrap-admin-password-for-tests";

    private readonly string gatewaySecret = InternalCallerTokens.NewSecret();
    private readonly string storedKeysKey = InternalCallerTokens.NewSecret();

    public string Database { get; } = TestInfrastructure.NewDatabaseConnectionString();

    public ServiceFactory<identity::Program> Identity { get; private set; } = null!;

    public ServiceFactory<workflow::Program> Workflow { get; private set; } = null!;

    public ServiceFactory<demo::Program> Demo { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public HttpClient IdentityClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = new ServiceFactory<identity::Program>(Database, new Dictionary<string, string>
        {
            ["Identity:Issuer"] = Issuer,
            ["Identity:BootstrapAdmin:Password"] = AdminPassword,
            ["Identity:Clients:gateway:Secret"] = gatewaySecret,
            ["Identity:StoredKeysKey"] = storedKeysKey,
        });
        // localhost as a platform-only egress exception: EgressEscapeTests prove a team's step still cannot reach it.
        Workflow = new ServiceFactory<workflow::Program>(Database, new Dictionary<string, string> { ["Workflows:Egress:PlatformAllowedHosts"] = "localhost" });
        IdentityClient = await Identity.StartOnLoopbackAsync();
        using var workflowClient = await Workflow.StartOnLoopbackAsync();
        // The DemoService starts its runs on the WorkflowService directly, as the deployed one does through service discovery.
        Demo = new ServiceFactory<demo::Program>(Database, new Dictionary<string, string> { ["Demo:WorkflowService"] = Workflow.Address!.ToString() });
        using var demoClient = await Demo.StartOnLoopbackAsync();
        Gateway = NewGateway();
    }

    /// <summary>The IdentityService's generated token signing key (PEM), decrypted as the service does: for tests that forge tokens.</summary>
    public async Task<string> StoredSigningKeyAsync()
    {
        var stored = await TestInfrastructure.ScalarAsync<string>(Database, "select material from identity.stored_keys where id = 'signing'");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Identity:StoredKeysKey"] = storedKeysKey }).Build();
        return new StoredKeyProtection(configuration, NullLogger<StoredKeyProtection>.Instance).Reveal("signing", stored!);
    }

    /// <summary>Another IdentityService replica on the same database (it opens the same stored keys); not started.</summary>
    public ServiceFactory<identity::Program> NewIdentityReplica(IReadOnlyDictionary<string, string>? settings = null) => new(Database,
        new Dictionary<string, string> { ["Identity:StoredKeysKey"] = storedKeysKey }
            .Concat(settings ?? new Dictionary<string, string>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    /// <summary>Another gateway replica in front of the same services (its own caches), and of a web UI at <paramref name="web"/>.</summary>
    public GatewayFactory NewGateway(IReadOnlyDictionary<string, string>? settings = null, Uri? web = null) => new(
        new Dictionary<string, string>
        {
            ["Identity:Issuer"] = Issuer,
            ["Gateway:IdentityClient:ClientSecret"] = gatewaySecret,
            ["Gateway:Auth:ClockSkewSeconds"] = "0",
        }.Concat(settings ?? new Dictionary<string, string>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        new Dictionary<string, Uri>
        {
            ["identity-service"] = Identity.Address!,
            ["workflow-service"] = Workflow.Address!,
            ["demo-service"] = Demo.Address!,
            ["web"] = web ?? new Uri("http://127.0.0.1:1"),
        });

    public async Task DisposeAsync()
    {
        IdentityClient.Dispose();
        await Gateway.DisposeAsync();
        await Demo.DisposeAsync();
        await Workflow.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
