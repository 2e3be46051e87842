using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Steps;

public sealed record StepOutcome(StepOutcomeKind Kind, JsonObject Outputs, string? Error = null)
{
    /// <summary>The run's secret values when the step ran: an output holding one is stored as secret too.</summary>
    public SecretValues Secrets { get; init; } = SecretValues.None;

    /// <summary>Outputs the step declares secret whatever their names (a generated access key): stored sealed, shown masked.</summary>
    public IReadOnlySet<string>? SecretOutputNames { get; init; }

    /// <summary>A failure retrying cannot change (no cluster configured): the step fails at once, whatever its retry policy.</summary>
    public bool Final { get; init; }

    public static StepOutcome Success(JsonObject? outputs = null) => new(StepOutcomeKind.Succeeded, outputs ?? []);

    public static StepOutcome Failure(string error) => new(StepOutcomeKind.Failed, [], error);

    public static StepOutcome AwaitApproval() => new(StepOutcomeKind.WaitingApproval, []);
}
