using System.Text.Json;

namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record ExecutionView(
    Guid Id, string Name, string Kind, string? Application, Guid? ResourceId, string? Operation, string Team, string RequestedBy,
    string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, JsonElement Parameters, JsonElement? Outputs,
    IReadOnlyList<StepView> Steps)
{
    public static ExecutionView From(WorkflowExecution e) => new(
        e.Id, e.Name, e.Kind, e.Application, e.ResourceId, e.Operation, e.Team, e.RequestedBy, e.State, e.Error, e.CreatedAt, e.FinishedAt,
        SecretOutputs.MaskSecrets(e.Parameters)!.Value, SecretOutputs.MaskSecrets(e.Outputs), e.Steps.OrderBy(s => s.Position).Select(StepView.From).ToList());
}
