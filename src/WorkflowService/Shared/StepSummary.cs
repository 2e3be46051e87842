using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Shared;

public sealed record StepSummary(string Name, string Type, string Phase, IReadOnlyList<string> DependsOn)
{
    public static IReadOnlyList<StepSummary> From(WorkflowDefinition workflow) =>
        [.. workflow.Steps.Select(s => new StepSummary(s.Name, s.Type, s.Phase, s.DependsOn))];
}
