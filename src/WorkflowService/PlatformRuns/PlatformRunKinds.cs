namespace Innominatus.WorkflowService.PlatformRuns;

/// <summary>
/// The run kinds another service may start as platform runs. A closed list: a platform run is never held to the tenant
/// rules, so the kinds that mean "a team's run" (inline, application, resource, golden-path) must not be claimable here.
/// </summary>
public static class PlatformRunKinds
{
    public static readonly IReadOnlyList<string> All = ["demo-time", "demo-nuke"];
}
