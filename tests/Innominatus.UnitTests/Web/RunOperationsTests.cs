extern alias web;
using web::Innominatus.Web.Gateway.Models;

namespace Innominatus.UnitTests.Web;

/// <summary>The run page offers an operation only when the WorkflowService would accept it from the signed-in user.</summary>
public class RunOperationsTests
{
    [Fact]
    public void An_approval_step_is_offered_to_others_to_decide_but_never_to_the_requester()
    {
        var gate = Step("approve", "approval", "waiting_approval");
        var run = Run("waiting_approval", gate);

        Assert.True(RunOperations.CanDecide(run, gate, "admin"));
        Assert.True(RunOperations.CanSkip(run, gate, "admin"));
        Assert.False(RunOperations.CanDecide(run, gate, "wendy"));
        Assert.False(RunOperations.CanSkip(run, gate, "wendy"));
        Assert.True(RunOperations.CanCancel(run));
        Assert.False(RunOperations.CanResume(run));
        Assert.False(RunOperations.CanRetry(run));
    }

    [Fact]
    public void A_failed_run_is_retried_resumed_or_its_failed_step_skipped_by_the_requester_but_not_cancelled()
    {
        var failed = Step("apply", "kubernetes", "failed");
        var done = Step("check", "noop", "succeeded");
        var run = Run("failed", done, failed);

        Assert.True(RunOperations.CanRetry(run));
        Assert.True(RunOperations.CanResume(run));
        Assert.True(RunOperations.CanSkip(run, failed, "wendy"));
        Assert.False(RunOperations.CanSkip(run, done, "wendy"));
        Assert.False(RunOperations.CanDecide(run, failed, "admin"));
        Assert.False(RunOperations.CanCancel(run));
    }

    [Fact]
    public void A_succeeded_run_can_only_be_resumed()
    {
        var run = Run("succeeded", Step("apply", "kubernetes", "succeeded"));

        Assert.True(RunOperations.CanResume(run));
        Assert.False(RunOperations.CanRetry(run));
        Assert.False(RunOperations.CanCancel(run));
    }

    private static StepView Step(string name, string type, string state) =>
        new(name, type, "deploy", [], state, 1, 1, null, null, null, null, null);

    private static RunView Run(string state, params StepView[] steps) =>
        new(Guid.NewGuid(), "run", "golden-path", null, null, null, "web-a", "wendy", state, null, DateTimeOffset.UnixEpoch, null, steps);
}
