extern alias demo;
extern alias identity;
extern alias workflow;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using workflow::Innominatus.WorkflowService.Data;
using workflow::Innominatus.WorkflowService.Diagnostics;

namespace Innominatus.ServiceTests.Database;

public class MigrationTests
{
    [Fact]
    public async Task First_start_creates_the_database_and_the_service_schema_and_logs_each_migration()
    {
        await using var service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString());

        using var client = await service.StartAsync();

        Assert.Equal(1L, await TestInfrastructure.ScalarAsync<long>(service.DatabaseConnectionString,
            "select count(*) from information_schema.tables where table_schema = 'workflow' and table_name = 'bus_probe_answers'"));
        Assert.Equal(1L, await TestInfrastructure.ScalarAsync<long>(service.DatabaseConnectionString,
            "select count(*) from information_schema.tables where table_schema = 'workflow' and table_name = '__ef_migrations_history'"));
        Assert.Contains(service.Logs.Lines, l => l.StartsWith("Created database test_", StringComparison.Ordinal));
        Assert.Contains(service.Logs.Lines, l => l.Contains("Applying migration", StringComparison.Ordinal) && l.Contains("InitialSchema to schema workflow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_keeps_stored_data_and_applies_no_migration_twice()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        var probeId = Guid.NewGuid();
        await using (var first = new ServiceFactory<workflow::Program>(database))
        {
            using var firstClient = await first.StartAsync();
            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            db.BusProbeAnswers.Add(new BusProbeAnswer { ProbeId = probeId, Service = "kept", AnsweredAt = DateTimeOffset.UtcNow, ReceivedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var second = new ServiceFactory<workflow::Program>(database);
        using var client = await second.StartAsync();

        Assert.Equal(1L, await TestInfrastructure.ScalarAsync<long>(database, $"select count(*) from workflow.bus_probe_answers where probe_id = '{probeId}'"));
        Assert.Contains(second.Logs.Lines, l => l == "Database schema workflow is up to date: no pending migration");
        Assert.DoesNotContain(second.Logs.Lines, l => l.StartsWith("Applying migration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_service_owns_its_own_schema_in_the_one_database()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        await using var workflowService = new ServiceFactory<workflow::Program>(database);
        await using var demoService = new ServiceFactory<demo::Program>(database);
        await using var identityService = new ServiceFactory<identity::Program>(database);

        // Started together, as the AppHost and Kubernetes do: they race to create the database.
        await Task.WhenAll(workflowService.StartAsync(), demoService.StartAsync(), identityService.StartAsync());

        foreach (var schema in new[] { "workflow", "demo", "identity" })
        {
            Assert.Equal(1L, await TestInfrastructure.ScalarAsync<long>(database,
                $"select count(*) from information_schema.tables where table_schema = '{schema}' and table_name = '__ef_migrations_history'"));
        }
        Assert.Equal(0L, await TestInfrastructure.ScalarAsync<long>(database,
            "select count(*) from information_schema.tables where table_schema = 'public'"));
    }

    [Fact]
    public async Task An_unreachable_database_stops_start_up_with_one_clear_error()
    {
        await using var service = new ServiceFactory<workflow::Program>(
            "Host=127.0.0.1;Port=1;Username=postgres;Database=idp_orchestrator",
            new Dictionary<string, string> { ["Database:StartupTimeoutSeconds"] = "2" });

        var error = Assert.ThrowsAny<Exception>(() => service.CreateClient());

        var inner = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.First() : error;
        Assert.StartsWith("Cannot connect to PostgreSQL at 127.0.0.1:1, database 'idp_orchestrator', after", inner.Message);
        Assert.Contains(service.Logs.Lines, l => l.Contains("not reachable yet (attempt 1)", StringComparison.Ordinal));
    }
}
