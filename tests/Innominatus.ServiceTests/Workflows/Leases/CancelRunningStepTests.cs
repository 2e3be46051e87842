using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows.Leases;

/// <summary>Cancelling a run stops its running steps: the process tree is killed, the step is cancelled and says why.</summary>
public class CancelRunningStepTests
{
    // The pid is the sleep's, a child of the step's shell: the whole tree must go.
    private const string Sleeper = """
          - name: sleeper
            type: script
            config:
              script: |
                sleep 120 &
                echo $! > {work}/pid
                wait

        """;

    [Fact]
    public async Task Cancelling_a_run_through_the_api_kills_its_running_script_within_seconds()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["sleeper"] = Sleeper }, LeaseTests.ShortLeases);
        var run = await engine.RunAsync("sleeper");
        var pid = int.Parse((await StepTraces.WaitForLinesAsync(Path.Combine(engine.Work, "pid"), 1))[0], System.Globalization.CultureInfo.InvariantCulture);

        (await engine.Client.PostAsync($"/api/workflows/{run}/cancel", null)).EnsureSuccessStatusCode();

        await StepTraces.WaitUntilGoneAsync(pid, 5);
        await AssertStoppedAsync(engine, run);
    }

    /// <summary>A cancel or a supersede committed by another replica: this worker's heartbeat finds the step no longer running.</summary>
    [Fact]
    public async Task A_step_cancelled_in_the_database_by_another_replica_is_stopped_by_the_heartbeat()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["sleeper"] = Sleeper }, LeaseTests.ShortLeases);
        var run = await engine.RunAsync("sleeper");
        var pid = int.Parse((await StepTraces.WaitForLinesAsync(Path.Combine(engine.Work, "pid"), 1))[0], System.Globalization.CultureInfo.InvariantCulture);

        await TestInfrastructure.ScalarAsync<int>(engine.Service.DatabaseConnectionString, $"""
            WITH s AS (UPDATE workflow.step_executions SET state = 'cancelled', finished_at = now(), error = 'cancelled by bob' WHERE execution_id = '{run}' RETURNING 1)
            UPDATE workflow.workflow_executions SET state = 'cancelled', finished_at = now() WHERE id = '{run}' AND EXISTS (SELECT 1 FROM s) RETURNING 1
            """);

        await StepTraces.WaitUntilGoneAsync(pid, 5);
        await AssertStoppedAsync(engine, run);
    }

    private static async Task AssertStoppedAsync(EngineHost engine, Guid run)
    {
        var cancelled = await engine.WaitForAsync(run, "cancelled", seconds: 10);
        Assert.Equal("cancelled", EngineHost.Step(cancelled, "sleeper").GetProperty("state").GetString());
        await Eventually.TrueAsync(async () => (await engine.LogLinesAsync(run, "sleeper")).Contains("stopped: the run was cancelled"), timeoutSeconds: 10);
    }
}
