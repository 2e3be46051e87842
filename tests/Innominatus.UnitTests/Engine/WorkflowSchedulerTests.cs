using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.UnitTests.Engine;

public class WorkflowSchedulerTests
{
    private static StepSnapshot Step(string name, string state = StepState.Pending, string phase = "deploy", params string[] dependsOn) => new(name, phase, dependsOn, state);

    [Fact]
    public void Steps_without_dependencies_start_together()
    {
        var decision = WorkflowScheduler.Decide([Step("a"), Step("b"), Step("c", dependsOn: "a")]);

        Assert.Equal(["a", "b"], decision.Ready);
        Assert.Equal(ExecutionState.Running, decision.ExecutionState);
    }

    [Fact]
    public void A_step_starts_when_its_dependencies_succeeded_or_were_skipped()
    {
        var decision = WorkflowScheduler.Decide([Step("a", StepState.Succeeded), Step("b", StepState.Skipped), Step("c", dependsOn: ["a", "b"])]);

        Assert.Equal(["c"], decision.Ready);
    }

    [Fact]
    public void A_later_phase_waits_for_every_step_of_the_earlier_ones()
    {
        var steps = new[] { Step("migrate", StepState.Running, "pre"), Step("deploy"), Step("smoke", phase: "post") };

        Assert.Empty(WorkflowScheduler.Decide(steps).Ready);
        steps[0] = Step("migrate", StepState.Succeeded, "pre");
        Assert.Equal(["deploy"], WorkflowScheduler.Decide(steps).Ready);
    }

    [Fact]
    public void After_a_failure_nothing_new_starts_and_the_run_fails_once_running_steps_end()
    {
        var running = WorkflowScheduler.Decide([Step("a", StepState.Failed), Step("b", StepState.Running), Step("c")]);
        var ended = WorkflowScheduler.Decide([Step("a", StepState.Failed), Step("b", StepState.Succeeded), Step("c")]);

        Assert.Empty(running.Ready);
        Assert.Equal(ExecutionState.Running, running.ExecutionState);
        Assert.Equal(ExecutionState.Failed, ended.ExecutionState);
    }

    [Theory]
    [InlineData(StepState.Succeeded, StepState.Skipped, ExecutionState.Succeeded)]
    [InlineData(StepState.Succeeded, StepState.WaitingApproval, ExecutionState.WaitingApproval)]
    [InlineData(StepState.Cancelled, StepState.Succeeded, ExecutionState.Cancelled)]
    [InlineData(StepState.Succeeded, StepState.Queued, ExecutionState.Running)]
    public void The_run_state_follows_its_steps(string first, string second, string expected) =>
        Assert.Equal(expected, WorkflowScheduler.Decide([Step("a", first), Step("b", second)]).ExecutionState);
}
