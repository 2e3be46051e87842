namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary>POST /internal/platform-readiness: the Deployments and StatefulSets to read.</summary>
public sealed record ReadinessRequest(IReadOnlyList<ReadinessTarget>? Objects);
