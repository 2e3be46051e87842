namespace Innominatus.Web.Gateway.Models;

/// <summary>
/// Which run operations the API would accept now (the rules of the WorkflowService's WorkflowOperations and
/// StepApprovers), so the run page offers only those. The API still decides: a named-approver rule the UI cannot
/// see comes back as a refusal on the page.
/// </summary>
public static class RunOperations
{
    public static bool CanCancel(RunView run) => !run.Finished;

    public static bool CanRetry(RunView run) =>
        run.State is RunStates.Failed or RunStates.Cancelled && run.Steps.Any(s => s.State is StepStates.Failed or StepStates.Cancelled);

    public static bool CanResume(RunView run) => run.Finished;

    /// <summary>Skipping a gate step is deciding it, which the requester never may.</summary>
    public static bool CanSkip(RunView run, StepView step, string? user) =>
        step.State is StepStates.Failed or StepStates.Pending or StepStates.WaitingApproval or StepStates.Cancelled
        && !(IsGate(step) && user == run.RequestedBy);

    public static bool CanDecide(RunView run, StepView step, string? user) =>
        step.State == StepStates.WaitingApproval && user != run.RequestedBy;

    public static bool IsGate(StepView step) => step.Type is "approval" or "policy";
}
