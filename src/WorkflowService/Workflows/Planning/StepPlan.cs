namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>A step as it would run: its layer (steps of one layer run in parallel) and, for Kubernetes steps, each object's server-side dry run.</summary>
public sealed record StepPlan(string Name, string Type, string Phase, int Layer, IReadOnlyList<string> DependsOn, string? When, IReadOnlyList<ObjectPlan> Objects, string? Note);
