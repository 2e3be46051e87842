namespace Innominatus.WorkflowService.Diagnostics;

/// <summary>A service that answered a bus probe; stored so that any replica can report it.</summary>
public sealed class BusProbeAnswer
{
    public Guid ProbeId { get; init; }

    public required string Service { get; init; }

    public DateTimeOffset AnsweredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
