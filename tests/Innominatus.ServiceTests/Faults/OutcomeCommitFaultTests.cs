using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// A step has run, and the transaction recording its outcome fails at commit, after its log lines were inserted, with
/// an error no list of transient faults names: what PostgreSQL stopping mid-commit looks like. As after a crash, the
/// failed transaction also hands its log ids out again. The outcome must still be recorded by this worker, so the step
/// runs once, and the step after it stores its own lines.
/// </summary>
public class OutcomeCommitFaultTests
{
    // Deferred, so it fires at COMMIT; a sequence counts its firings, because a sequence is not rolled back.
    private const string FailFirstCommit = """
        CREATE SEQUENCE workflow.test_commit_faults;
        CREATE FUNCTION workflow.test_fail_first_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF nextval('workflow.test_commit_faults') = 1 THEN
            PERFORM setval(pg_get_serial_sequence('workflow.step_logs', 'id'), min(id) - 1)
              FROM workflow.step_logs WHERE xmin = pg_current_xact_id()::text::xid HAVING min(id) > 1;
            RAISE EXCEPTION 'the first outcome commit fails';
          END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER test_fail_first_commit AFTER UPDATE ON workflow.step_executions DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW WHEN (NEW.state = 'succeeded' AND NEW.name = 'effect') EXECUTE FUNCTION workflow.test_fail_first_commit();
        """;

    [Fact]
    public async Task An_outcome_whose_commit_fails_is_recorded_by_its_worker_and_the_step_runs_once()
    {
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["fragile-commit"] =
                    "  - name: effect\n    type: script\n    config:\n      script: |\n        echo \"$INNOMINATUS_IDEMPOTENCY_KEY\" >> {work}/effects\n        echo effect-done\n" +
                    "  - name: after\n    type: script\n    dependsOn: [effect]\n    config:\n      script: echo after-done\n",
            },
            // A short lease: a worker that gave the outcome up would see its step run again within seconds.
            new Dictionary<string, string> { ["Workflows:Leases:DurationSeconds"] = "2", ["Workflows:Leases:ReaperSeconds"] = "0.5" });
        var database = engine.Service.DatabaseConnectionString;
        await TestInfrastructure.ScalarAsync<object>(database, FailFirstCommit);

        var id = await engine.RunAsync("fragile-commit");
        await engine.WaitForAsync(id, "succeeded", seconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(3)); // past a lease: a rerun would have started by now

        Assert.True(await TestInfrastructure.ScalarAsync<long>(database, "SELECT last_value FROM workflow.test_commit_faults") >= 2,
            "the outcome commit never failed: the test did not test anything");
        Assert.Single(File.ReadAllLines(Path.Combine(engine.Work, "effects")));
        Assert.Single(await engine.LogLinesAsync(id, "effect"), l => l == "effect-done");
        Assert.Single(await engine.LogLinesAsync(id, "after"), l => l == "after-done");
    }
}
