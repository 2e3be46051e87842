namespace Innominatus.WorkflowService.Score;

/// <summary>A liveness or readiness probe; at least one of HttpGet and Exec is set.</summary>
public sealed record ContainerProbe(HttpProbe? HttpGet, ExecProbe? Exec);
