namespace Innominatus.WorkflowService.Resources;

public enum ResourceRetryStatus
{
    Retried,
    NotFound,
    WrongState,
    RunInProgress,
    NoProvider,
}
