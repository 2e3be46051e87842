namespace Innominatus.DemoService.Status;

/// <summary>One Deployment or StatefulSet as the WorkflowService read it through the engine's cluster connection.</summary>
public sealed record ObjectReadiness(string Kind, string Namespace, string Name, bool Ready, string Detail, long LatencyMs);
