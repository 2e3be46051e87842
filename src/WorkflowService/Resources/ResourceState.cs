namespace Innominatus.WorkflowService.Resources;

/// <summary>The lifecycle of a resource instance; see <see cref="ResourceStateMachine"/> for the allowed moves.</summary>
public static class ResourceState
{
    public const string Requested = "requested";
    public const string Provisioning = "provisioning";
    public const string Active = "active";
    public const string Failed = "failed";
    public const string Deprovisioning = "deprovisioning";
    public const string Deleted = "deleted";

    public static readonly IReadOnlyList<string> All = [Requested, Provisioning, Active, Failed, Deprovisioning, Deleted];
}
