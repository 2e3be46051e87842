namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary>POST /internal/platform-readiness's answer, in the order asked.</summary>
public sealed record ReadinessAnswer(IReadOnlyList<ObjectReadiness> Objects);
