using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace Innominatus.Cli.Api;

/// <summary>Reads <c>GET /api/events/stream</c> (text/event-stream) as it arrives.</summary>
public static class EventStream
{
    /// <param name="opened">Called once the server has answered and events flow.</param>
    public static async IAsyncEnumerable<ServerEvent> ReadAsync(ApiClient api, Action opened, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await api.OpenStreamAsync(Routes.Events, cancellationToken);
        opened();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(body, (_, data) => Parse(data)).EnumerateAsync(cancellationToken))
        {
            // An event whose data is not JSON is skipped, as the stream's other readers do.
            if (item.Data is { } data)
            {
                yield return new ServerEvent(item.EventType, data);
            }
        }
    }

    private static JsonElement? Parse(ReadOnlySpan<byte> data)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(data);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
