using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Events;

/// <summary>
/// Fans events out to the server-sent-event subscribers of this process. A slow subscriber loses its oldest events
/// rather than slowing the engine down.
/// </summary>
public sealed class LiveEvents
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<Channel<LiveEvent>, byte> subscribers = new();

    public void Publish(string type, string? team, object data)
    {
        var live = new LiveEvent(type, team, JsonSerializer.SerializeToElement(data, Options));
        foreach (var channel in subscribers.Keys)
        {
            channel.Writer.TryWrite(live);
        }
    }

    public void Publish(StepLog line, string team) => Publish("log", team, new { line.ExecutionId, line.StepId, line.Step, line.At, line.Line });

    public ChannelReader<LiveEvent> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest });
        subscribers[channel] = 0;
        cancellationToken.Register(() =>
        {
            subscribers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }
}
