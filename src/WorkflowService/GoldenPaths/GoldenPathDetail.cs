using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.GoldenPaths;

public sealed record GoldenPathDetail(
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    string? EstimatedDuration,
    IReadOnlyList<ParameterSummary> Parameters,
    IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<string> Outputs,
    bool AdminsOnly)
{
    public static GoldenPathDetail From(GoldenPath path) => new(
        path.Name, path.Description, path.Category, path.Tags, path.EstimatedDuration,
        ParameterSummary.From(path.Parameters), StepSummary.From(path.Workflow), [.. path.Workflow.Outputs.Keys], path.AdminsOnly);
}
