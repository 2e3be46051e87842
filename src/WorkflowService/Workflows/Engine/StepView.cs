using System.Text.Json;

namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record StepView(
    string Name, string Type, string Phase, IReadOnlyList<string> DependsOn, string State, int Attempt, int MaxAttempts,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double? DurationSeconds, JsonElement? Outputs, string? Error, string? SkipReason)
{
    public static StepView From(StepExecution s) => new(
        s.Name, s.Type, s.Phase, s.DependsOn, s.State, s.Attempt, s.MaxAttempts, s.StartedAt, s.FinishedAt,
        s.StartedAt is { } start && s.FinishedAt is { } end ? Math.Round((end - start).TotalSeconds, 3) : null,
        SecretOutputs.MaskSecrets(s.Outputs), s.Error, s.SkipReason);
}
