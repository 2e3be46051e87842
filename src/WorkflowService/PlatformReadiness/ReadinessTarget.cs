namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary><c>kind</c> is Deployment or StatefulSet.</summary>
public sealed record ReadinessTarget(string? Kind, string? Namespace, string? Name);
