using System.Text.Json;
using Innominatus.WorkflowService.Data;

namespace Innominatus.WorkflowService.Outbox;

/// <summary>
/// Adds events to the unit of work of the change they report: saved by the same <c>SaveChanges</c>, so an accepted
/// change and its events are stored together or not at all, whatever the broker is doing.
/// </summary>
public sealed class OutboxWriter(WorkflowDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Whether this unit of work wrote events: only then is the relay worth waking after the commit.</summary>
    public bool Wrote { get; private set; }

    public void Add<TMessage>(TMessage message) where TMessage : class
    {
        Wrote = true;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = typeof(TMessage).FullName!,
            Payload = JsonSerializer.SerializeToDocument(message, SerializerOptions),
            CreatedAt = clock.GetUtcNow(),
            TraceParent = System.Diagnostics.Activity.Current?.Id,
        });
    }
}
