using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

public sealed record OperationDetail(string Operation, string Workflow, string? Description, IReadOnlyList<StepSummary> Steps)
{
    public static OperationDetail From(ResourceOperation operation, WorkflowDefinition workflow) =>
        new(operation.ToString().ToLowerInvariant(), workflow.Name, workflow.Description, StepSummary.From(workflow));
}
