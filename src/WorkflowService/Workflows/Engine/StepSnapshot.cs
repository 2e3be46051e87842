namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>What the scheduler needs to know of a step.</summary>
public sealed record StepSnapshot(string Name, string Phase, IReadOnlyList<string> DependsOn, string State);
