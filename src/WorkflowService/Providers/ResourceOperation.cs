namespace Innominatus.WorkflowService.Providers;

public enum ResourceOperation
{
    Create,
    Update,
    Delete,
}
