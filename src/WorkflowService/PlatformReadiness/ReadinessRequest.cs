namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary>POST /internal/platform-readiness: the Deployments and StatefulSets to read.</summary>
public sealed record ReadinessRequest(IReadOnlyList<ReadinessTarget>? Objects);

/// <summary><c>kind</c> is Deployment or StatefulSet.</summary>
public sealed record ReadinessTarget(string? Kind, string? Namespace, string? Name);
