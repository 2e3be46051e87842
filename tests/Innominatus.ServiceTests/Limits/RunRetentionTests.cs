extern alias workflow;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using workflow::Innominatus.WorkflowService.Workflows.Retention;

namespace Innominatus.ServiceTests.Limits;

/// <summary>
/// The retention sweep on real PostgreSQL: finished runs older than Workflows:Retention:Days (30 by default) go with
/// their steps and logs; recent runs, running ones and the latest run of an existing resource stay.
/// </summary>
public class RunRetentionTests
{
    [Fact]
    public async Task One_sweep_deletes_old_finished_runs_with_their_steps_and_logs_and_keeps_the_rest()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["greet"] = "  - {name: say, type: script, config: {script: echo hello}}\n",
        });
        var runs = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            runs.Add((await engine.WaitForAsync(await engine.RunAsync("greet"), "succeeded")).GetProperty("id").GetGuid());
        }
        var (old, oldButRunning, recent, resourceOlder, resourceLatest) = (runs[0], runs[1], runs[2], runs[3], runs[4]);
        await using var db = new NpgsqlConnection(engine.Service.DatabaseConnectionString);
        await db.OpenAsync();
        var resource = Guid.NewGuid();
        await ExecuteAsync(db, $"""
            INSERT INTO workflow.applications (id, name, team, created_by, created_at, updated_at, current_revision, state)
              VALUES ('{resource}', 'app', 'team-a', 'alice', now(), now(), 1, 'active');
            INSERT INTO workflow.resources (id, application_id, application, team, name, type, provider, parameters, fingerprint, state, desired_operation, revision, created_at, updated_at)
              VALUES ('{resource}', '{resource}', 'app', 'team-a', 'db', 'postgres', 'database-team', jsonb_build_object(), 'f', 'active', 'create', 1, now(), now());
            UPDATE workflow.workflow_executions SET created_at = now() - interval '40 days', finished_at = now() - interval '40 days'
              WHERE id IN ('{old}', '{oldButRunning}', '{resourceOlder}', '{resourceLatest}');
            UPDATE workflow.workflow_executions SET created_at = created_at - interval '1 day' WHERE id = '{resourceOlder}';
            UPDATE workflow.workflow_executions SET resource_id = '{resource}' WHERE id IN ('{resourceOlder}', '{resourceLatest}');
            UPDATE workflow.workflow_executions SET state = 'running', finished_at = NULL WHERE id = '{oldButRunning}';
            UPDATE workflow.workflow_executions SET finished_at = now() - interval '29 days' WHERE id = '{recent}';
            """);

        var sweep = await engine.Service.Services.GetRequiredService<RunRetention>().SweepAsync(CancellationToken.None);

        Assert.Equal(2, sweep.Runs);
        Assert.Equal(2, sweep.Steps);
        Assert.True(sweep.LogLines >= 6, $"{sweep.LogLines} log lines"); // "starting", "hello" and the outcome, per run
        Assert.Equal(new[] { oldButRunning, recent, resourceLatest }.Order(), (await IdsAsync(db, "workflow_executions", "id")).Order());
        Assert.Equal(0L, await CountAsync(db, $"step_executions WHERE execution_id IN ('{old}', '{resourceOlder}')"));
        Assert.Equal(0L, await CountAsync(db, $"step_logs WHERE execution_id IN ('{old}', '{resourceOlder}')"));
        Assert.Equal(0L, await CountAsync(db, $"golden_path_runs WHERE execution_id IN ('{old}', '{resourceOlder}')"));
        Assert.Equal(3L, await CountAsync(db, "golden_path_runs"));
        Assert.True(await CountAsync(db, $"step_logs WHERE execution_id = '{recent}'") > 0);
        Assert.Equal(0, (await engine.Service.Services.GetRequiredService<RunRetention>().SweepAsync(CancellationToken.None)).Runs);
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string from)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM workflow.{from}", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlConnection db, string table, string column)
    {
        await using var command = new NpgsqlCommand($"SELECT {column} FROM workflow.{table}", db);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}
