namespace Innominatus.Web.Gateway.Models;

public sealed record StepView(
    string Name, string Type, string Phase, IReadOnlyList<string> DependsOn, string State, int Attempt, int MaxAttempts,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, double? DurationSeconds, string? Error, string? SkipReason);
