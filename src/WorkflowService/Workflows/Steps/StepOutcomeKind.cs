namespace Innominatus.WorkflowService.Workflows.Steps;

public enum StepOutcomeKind
{
    Succeeded,
    Failed,
    WaitingApproval,
}
