using Npgsql;

namespace Innominatus.AppHost.Infrastructure;

public static class LocalPostgres
{
    /// <summary>
    /// Debian's PostgreSQL server run by DCP. A one-shot <c>postgres-init</c> creates the cluster the first time;
    /// PostgreSQL refuses to run as root, so a root AppHost runs it as the postgres account.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, LocalInfrastructureSettings settings)
    {
        var bin = FindServerBinaries();
        var root = settings.PostgresRoot;
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        var runAs = asRoot ? "setpriv --reuid=postgres --regid=postgres --init-groups " : "";
        if (asRoot)
        {
            // The init step makes the postgres account the owner of the root itself; it has to reach it first.
            PostgresAccount.RequireCanEnter(Path.GetDirectoryName(root)!);
        }

        var init = builder.AddExecutable("postgres-init", "/bin/sh", root, "-c",
            (asRoot ? $"chown postgres:postgres '{root}' && " : "") +
            $"(test -f '{data}/PG_VERSION' || {runAs}'{bin}/initdb' -D '{data}' -U postgres --auth=trust -E UTF8 --no-sync)");

        var serverCommand = asRoot ? "setpriv" : $"{bin}/postgres";
        string[] serverArgs = [$"{bin}/postgres", "-D", data, "-c", "listen_addresses=127.0.0.1", "-k", root];
        var postgres = builder.AddExecutable("postgres", serverCommand, root,
                asRoot ? ["--reuid=postgres", "--regid=postgres", "--init-groups", .. serverArgs] : serverArgs[1..])
            .WithEndpoint(name: "tcp", scheme: "tcp", env: "PGPORT")
            .WaitForCompletion(init);

        var endpoint = postgres.GetEndpoint("tcp");
        builder.Services.AddHealthChecks().AddAsyncCheck("postgres-ready", async cancellationToken =>
        {
            if (!endpoint.IsAllocated)
            {
                return HealthCheckResult.Unhealthy("endpoint not allocated yet");
            }
            try
            {
                await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={endpoint.Port};Username=postgres;Database=postgres;Pooling=false;Timeout=3");
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });
        return postgres.WithHealthCheck("postgres-ready");
    }

    private static string FindServerBinaries()
    {
        var newest = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => File.Exists(Path.Combine(d, "bin", "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (newest is null)
        {
            DebianPackages.Require("/usr/lib/postgresql/15/bin/postgres", "postgresql");
            newest = "/usr/lib/postgresql/15";
        }
        return Path.Combine(newest, "bin");
    }
}
