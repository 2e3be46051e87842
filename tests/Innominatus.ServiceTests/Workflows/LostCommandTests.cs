using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// A step's command goes to the broker after its commit, not through the outbox: if it is lost (a crash right after
/// the commit), the step row still says queued, and the engine sends the command again.
/// </summary>
public class LostCommandTests
{
    [Fact]
    public async Task A_step_left_queued_without_its_command_is_sent_again_and_runs()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["once"] = "  - {name: only, type: script, config: {script: echo ran}}\n" });
        var run = (await engine.WaitForAsync(await engine.RunAsync("once"), "succeeded")).GetProperty("id").GetGuid();

        // What a crash between the commit and the publish leaves: the run open, its step queued long ago, no message.
        var reopened = await TestInfrastructure.ScalarAsync<int>(engine.Service.DatabaseConnectionString, $"""
            WITH step AS (UPDATE workflow.step_executions SET state = 'queued', started_at = NULL, finished_at = NULL, queued_at = now() - interval '2 minutes'
                          WHERE execution_id = '{run}' RETURNING 1)
            UPDATE workflow.workflow_executions SET state = 'running', finished_at = NULL WHERE id = '{run}' AND EXISTS (SELECT 1 FROM step) RETURNING 1
            """);
        var again = await engine.WaitForAsync(run, "succeeded", seconds: 30);

        Assert.Equal(1, reopened);
        Assert.Equal("succeeded", EngineHost.Step(again, "only").GetProperty("state").GetString());
        Assert.Equal(2, (await engine.LogLinesAsync(run, "only")).Count(l => l == "ran"));
    }
}
