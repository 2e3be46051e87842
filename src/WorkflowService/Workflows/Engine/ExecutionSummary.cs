namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record ExecutionSummary(Guid Id, string Name, string Kind, string? Application, string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
