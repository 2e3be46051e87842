using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>A documented, parameterised workflow that teams run as a whole (deploy an app, onboard a team, ...).</summary>
public sealed record GoldenPath(
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    string? EstimatedDuration,
    WorkflowDefinition Workflow,
    string File)
{
    public IReadOnlyDictionary<string, ParameterDefinition> Parameters => Workflow.Parameters;
}
