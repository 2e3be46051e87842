namespace Innominatus.Contracts.Workflows;

/// <summary>Run one attempt of one step. Delivered at least once; the step row decides whether this attempt still runs.</summary>
public sealed record ExecuteStep(Guid ExecutionId, Guid StepId, int Attempt);
