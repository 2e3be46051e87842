using System.Text.Json;

namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed class StepExecution
{
    public Guid Id { get; init; }

    public Guid ExecutionId { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required string Phase { get; init; }

    public int Position { get; init; }

    public List<string> DependsOn { get; init; } = [];

    public string State { get; set; } = StepState.Pending;

    /// <summary>Counts every start; with the step id it is the idempotency key of one attempt's effect.</summary>
    public int Attempt { get; set; }

    public int MaxAttempts { get; set; } = 1;

    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>When the step's command was last sent; a step queued long ago lost its command and gets it again.</summary>
    public DateTimeOffset? QueuedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>The worker (one process of the service) that claimed the running attempt; only its outcome counts.</summary>
    public string? WorkerId { get; set; }

    /// <summary>Until when the claim holds: the worker's heartbeat extends it, the reaper requeues the step once it has passed.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public JsonDocument? Outputs { get; set; }

    public string? Error { get; set; }

    /// <summary>Why the step was skipped, and by whom: a condition, or a person through the API.</summary>
    public string? SkipReason { get; set; }

    public string IdempotencyKey => $"{Id:N}-{Attempt}";

    public StepSnapshot Snapshot() => new(Name, Phase, DependsOn, State);
}
