namespace Innominatus.Contracts.Workflows;

public sealed record WorkflowFinished(Guid ExecutionId, string Team, string Name, string Kind, string? Application, Guid? ResourceId, string State, string? Error, DateTimeOffset FinishedAt);
