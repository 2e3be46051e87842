namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// The HttpClients of <c>http</c> and <c>gitea-repo</c> steps: egress-checked, redirects followed by the engine. Runs a
/// team owns and platform-owned runs get separate clients, so they never share a pooled connection: only the platform's
/// may reach <c>Workflows:Egress:PlatformAllowedHosts</c>.
/// </summary>
public static class StepHttp
{
    public const string ClientName = "workflow-steps";

    public const string PlatformClientName = "workflow-platform-steps";

    public static string ClientFor(StepRun run) => run.Owner is { Tenant: true } ? ClientName : PlatformClientName;
}
