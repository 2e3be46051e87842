namespace Innominatus.DemoService.Status;

/// <summary>
/// A health check as run just now: <c>Ready</c>; <c>LatencyMs</c>, how long the check took (the HTTP answer, or the
/// WorkflowService's read of the Deployment or StatefulSet); <c>Detail</c>, what was seen ("HTTP 200",
/// "1/1 replicas ready", "not found", or why the check could not be made).
/// </summary>
public sealed record HealthResult(bool Ready, long? LatencyMs, string Detail);
