namespace Innominatus.WorkflowService.Applications;

public static class ApplicationState
{
    public const string Active = "active";
    public const string Deprovisioning = "deprovisioning";
}
