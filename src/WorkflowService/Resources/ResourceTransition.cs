namespace Innominatus.WorkflowService.Resources;

/// <summary>One move of a resource's state, kept for ever: the history an operator reads when something failed.</summary>
public sealed class ResourceTransition
{
    public long Id { get; init; }

    public Guid ResourceId { get; init; }

    public required string FromState { get; init; }

    public required string ToState { get; init; }

    public required string Reason { get; init; }

    public required string Actor { get; init; }

    public DateTimeOffset At { get; init; }
}
