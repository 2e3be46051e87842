namespace Innominatus.WorkflowService.Providers;

/// <summary>Parameters the orchestrator passes to every provider workflow, next to the resource type's own parameters.</summary>
public static class ProviderWorkflowInputs
{
    public const string AppName = "app_name";
    public const string ResourceName = "resource_name";
    public const string ResourceType = "resource_type";
    public const string Namespace = "namespace";
    public const string Class = "class";
    public const string Team = "team";

    /// <summary>Set by the engine only: a resource's params may not name them (see <c>ContextParameters</c>).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { AppName, ResourceName, ResourceType, Namespace, Class, Team };
}
