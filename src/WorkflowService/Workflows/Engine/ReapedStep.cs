namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record ReapedStep(Guid Id, Guid ExecutionId, int Attempt, string Team);
