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
}
