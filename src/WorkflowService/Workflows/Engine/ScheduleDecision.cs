namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>The steps that may start now, and the execution's state once nothing more can happen.</summary>
public sealed record ScheduleDecision(IReadOnlyList<string> Ready, string ExecutionState);
