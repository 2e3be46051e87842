using System.Text.Json;

namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record StepView(
    string Name, string Type, string Phase, IReadOnlyList<string> DependsOn, string State, int Attempt, int MaxAttempts,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double? DurationSeconds, JsonElement? Outputs, string? Error, string? SkipReason)
{
    public static StepView From(StepExecution s) => new(
        s.Name, s.Type, s.Phase, s.DependsOn, s.State, s.Attempt, s.MaxAttempts, s.StartedAt, s.FinishedAt,
        Durations.Seconds(s.StartedAt, s.FinishedAt),
        SecretOutputs.MaskSecrets(s.Outputs), s.Error, s.SkipReason);
}
