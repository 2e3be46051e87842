namespace Innominatus.WorkflowService.Resources;

public static class ResourceStateMachine
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        // requested -> requested: a newer revision changed the resource before its workflow started.
        [ResourceState.Requested] = [ResourceState.Requested, ResourceState.Provisioning, ResourceState.Failed, ResourceState.Deprovisioning],
        // provisioning -> deprovisioning: removed from the spec while its create workflow ran; the delete run supersedes it.
        [ResourceState.Provisioning] = [ResourceState.Active, ResourceState.Failed, ResourceState.Deprovisioning],
        // active -> requested: the spec changed it, so its provider's update workflow must run.
        [ResourceState.Active] = [ResourceState.Requested, ResourceState.Failed, ResourceState.Deprovisioning],
        [ResourceState.Failed] = [ResourceState.Requested, ResourceState.Provisioning, ResourceState.Deprovisioning],
        [ResourceState.Deprovisioning] = [ResourceState.Deleted, ResourceState.Failed],
        // deleted -> requested: a later revision declares the resource again.
        [ResourceState.Deleted] = [ResourceState.Requested],
    };

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<string> NextStates(string from) => Allowed.TryGetValue(from, out var targets) ? targets : [];
}
