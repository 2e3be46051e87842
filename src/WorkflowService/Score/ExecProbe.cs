namespace Innominatus.WorkflowService.Score;

/// <summary>A health check that runs a command inside the container.</summary>
public sealed record ExecProbe(IReadOnlyList<string> Command);
