namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary>
/// One object as the API server reports it now: <c>Detail</c> is "2/2 replicas ready", "not found" or why it could not
/// be read (a missing permission as one line); <c>LatencyMs</c> is how long the read took.
/// </summary>
public sealed record ObjectReadiness(string Kind, string Namespace, string Name, bool Ready, string Detail, long LatencyMs);
