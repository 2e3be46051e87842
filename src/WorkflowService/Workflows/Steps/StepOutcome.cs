using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Steps;

public sealed record StepOutcome(StepOutcomeKind Kind, JsonObject Outputs, string? Error = null)
{
    public static StepOutcome Success(JsonObject? outputs = null) => new(StepOutcomeKind.Succeeded, outputs ?? []);

    public static StepOutcome Failure(string error) => new(StepOutcomeKind.Failed, [], error);

    public static StepOutcome AwaitApproval() => new(StepOutcomeKind.WaitingApproval, []);
}
