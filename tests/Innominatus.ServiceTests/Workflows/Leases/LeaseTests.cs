extern alias workflow;
using Innominatus.Contracts.Workflows;
using Innominatus.ServiceTests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using workflow::Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.ServiceTests.Workflows.Leases;

/// <summary>
/// A running step is held by its lease, not by its message: a redelivered or repeated command never starts it again
/// while its worker renews the lease, however long it runs.
/// </summary>
public class LeaseTests
{
    internal static readonly Dictionary<string, string> ShortLeases = new()
    {
        ["Workflows:Leases:DurationSeconds"] = "1.5",
        ["Workflows:Leases:HeartbeatSeconds"] = "0.3",
        ["Workflows:Leases:ReaperSeconds"] = "0.2",
    };

    /// <summary>One script step that notes its start in {work}/runs and sleeps 5 s.</summary>
    internal const string Slow = """
          - name: only
            type: script
            config:
              script: |
                echo started >> {work}/runs
                sleep 5

        """;

    [Fact]
    public async Task A_redelivered_message_for_a_step_running_under_a_live_lease_starts_nothing()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["slow"] = Slow }, ShortLeases);
        var run = await engine.RunAsync("slow");
        await StepTraces.WaitForLinesAsync(Path.Combine(engine.Work, "runs"), 1);
        var step = await TestInfrastructure.ScalarAsync<Guid>(engine.Service.DatabaseConnectionString, $"SELECT id FROM workflow.step_executions WHERE execution_id = '{run}'");

        // What the broker gives again after a dropped channel or its consumer timeout, and a repeated command.
        var claims = engine.Service.Services.GetRequiredService<GroupCommit<ClaimRequest, ClaimedStep?>>();
        var redelivered = await claims.SubmitAsync(new ClaimRequest(new ExecuteStep(run, step, 1), Redelivered: true), CancellationToken.None);
        await engine.Service.Services.GetRequiredService<IBus>().Publish(new ExecuteStep(run, step, 1));
        var done = await engine.WaitForAsync(run, "succeeded");

        Assert.Null(redelivered);
        Assert.Equal(1, EngineHost.Step(done, "only").GetProperty("attempt").GetInt32());
        Assert.Single(File.ReadAllLines(Path.Combine(engine.Work, "runs")));
        Assert.Single(await engine.LogLinesAsync(run, "only"), l => l.StartsWith("starting", StringComparison.Ordinal));
    }

    /// <summary>The "35-minute step": it outlives its lease several times over, as a long step outlives the broker's consumer timeout.</summary>
    [Fact]
    public async Task A_step_that_outlives_its_lease_many_times_runs_once()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["slow"] = Slow }, ShortLeases);
        var run = await engine.RunAsync("slow");
        var done = await engine.WaitForAsync(run, "succeeded");

        Assert.Single(File.ReadAllLines(Path.Combine(engine.Work, "runs")));
        Assert.Single(await engine.LogLinesAsync(run, "only"), l => l.StartsWith("starting", StringComparison.Ordinal));
        Assert.Equal(1, EngineHost.Step(done, "only").GetProperty("attempt").GetInt32());
        Assert.DoesNotContain(engine.Service.Logs.Lines, l => l.Contains("leases", StringComparison.Ordinal));
    }
}
