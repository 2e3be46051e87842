using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>A documented, parameterised workflow that teams run as a whole (deploy an app, onboard a team, ...).</summary>
/// <param name="AdminsOnly">Declared <c>audience: admins</c>: only admins may run or plan it.</param>
public sealed record GoldenPath(
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Tags,
    string? EstimatedDuration,
    WorkflowDefinition Workflow,
    string File,
    bool AdminsOnly = false)
{
    public IReadOnlyDictionary<string, ParameterDefinition> Parameters => Workflow.Parameters;
}
