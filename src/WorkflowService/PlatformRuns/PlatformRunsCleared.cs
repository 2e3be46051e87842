namespace Innominatus.WorkflowService.PlatformRuns;

/// <summary>What <c>DELETE /internal/platform-runs</c> removed from the workflow database.</summary>
public sealed record PlatformRunsCleared(IReadOnlyList<string> Kinds, int Runs, int Steps, int LogLines);
