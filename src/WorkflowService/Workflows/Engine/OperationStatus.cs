namespace Innominatus.WorkflowService.Workflows.Engine;

public enum OperationStatus
{
    Ok,
    NotFound,
    Conflict,
    Forbidden,
}
