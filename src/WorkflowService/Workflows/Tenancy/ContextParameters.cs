namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// Parameters that say where a run acts and for whom. Only the engine sets them: a user value for one of them would
/// move a run into another team's namespace or onto another team's resource.
/// </summary>
public static class ContextParameters
{
    public static bool IsContext(string name) => Providers.ProviderWorkflowInputs.All.Contains(name);

    public static string AsResourceParam(string name) => $"'{name}' is set by the engine and cannot be given as a resource param";

    public static string AsWorkflowParameter(string name) => $"'{name}' is set by the engine and cannot be a parameter of a Score file's workflow";
}
