namespace Innominatus.DemoService.Installation;

/// <summary>What the WorkflowService's <c>DELETE /internal/platform-runs</c> deleted.</summary>
public sealed record RunsCleared(IReadOnlyList<string> Kinds, int Runs, int Steps, int LogLines);
