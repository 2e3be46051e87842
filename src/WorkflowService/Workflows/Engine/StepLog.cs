namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>One line a step wrote, kept in order so logs can be tailed and replayed.</summary>
public sealed class StepLog
{
    public long Id { get; init; }

    public Guid ExecutionId { get; init; }

    public Guid StepId { get; init; }

    public required string Step { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Line { get; init; }

    /// <summary>
    /// The same line without its key: an insert that failed, or whose transaction did not commit, leaves a key on the
    /// entity, and PostgreSQL hands out an uncommitted sequence value again after a crash, so inserting it could collide.
    /// </summary>
    public StepLog Unsaved() => new() { ExecutionId = ExecutionId, StepId = StepId, Step = Step, At = At, Line = Line };
}
