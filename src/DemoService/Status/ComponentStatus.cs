namespace Innominatus.DemoService.Status;

/// <summary>
/// One component as the latest demo-time and demo-nuke runs left it. <c>State</c>: not-installed, pending, running,
/// installed, failed, removing or removed; <c>Revision</c> is the helm release's revision after the install step.
/// </summary>
public sealed record ComponentStatus(
    string Name, string Description, string Namespace, string Release, string State, string? Revision, string? Url,
    string HealthCheck, IReadOnlyList<string> DependsOn, CredentialsLocation? Credentials);
