using System.Text.Json;

namespace Innominatus.WorkflowService.Outbox;

/// <summary>An event written in the same transaction as the change it reports, and relayed to RabbitMQ afterwards.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string MessageType { get; init; }

    public required JsonDocument Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The span that wrote the event: relayed later, the event still belongs to that request's trace.</summary>
    public string? TraceParent { get; init; }
}
