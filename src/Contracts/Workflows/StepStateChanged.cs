namespace Innominatus.Contracts.Workflows;

public sealed record StepStateChanged(Guid ExecutionId, string Team, Guid StepId, string Step, string State, int Attempt, string? Error, DateTimeOffset ChangedAt);
