using Innominatus.ServiceDefaults.Security;
using Npgsql;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// The WorkflowService as a process of its own on a scratch PostgreSQL and RabbitMQ, and a client that calls it as a
/// member of team "bench": the signed caller token the gateway would send, so no gateway or identity service is needed.
/// </summary>
public sealed class BenchWorkflowService(ScratchInfrastructure infrastructure, ServiceProcess service, HttpClient client, string database) : IAsyncDisposable
{
    public HttpClient Client { get; } = client;

    public string Database { get; } = database;

    /// <summary>Starts it with <paramref name="settings"/> (configuration keys as environment variables) on top of the bench's own.</summary>
    public static async Task<BenchWorkflowService> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var infrastructure = ScratchInfrastructure.Start();
        try
        {
            var (privateKey, publicKey) = InternalKeys.Generate();
            var token = new InternalTokenWriter(InternalKeys.ImportPrivate(privateKey), TimeProvider.System, TimeSpan.FromHours(1))
                .Write(new CallerPrincipal("bench", "bench", "bench", ["bench"], new HashSet<string> { "user" }));
            var database = new NpgsqlConnectionStringBuilder(infrastructure.Postgres) { Database = "bench" }.ConnectionString;
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__idp-orchestrator"] = database,
                ["ConnectionStrings__messaging"] = infrastructure.RabbitMq,
                ["InternalAuth__PublicKeys__0"] = publicKey,
                ["Logging__LogLevel__Default"] = "Warning",
            };
            foreach (var (key, value) in settings)
            {
                environment[key] = value;
            }
            var service = await ServiceProcess.StartAsync(environment);
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = service.Address };
            client.DefaultRequestHeaders.Add(InternalCallerDefaults.HeaderName, token);
            return new BenchWorkflowService(infrastructure, service, client, database);
        }
        catch
        {
            infrastructure.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await service.DisposeAsync();
        infrastructure.Dispose();
    }
}
