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
        using var reader = new StreamReader(body);
        string? type = null;
        var data = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0 && Parse(data.ToString()) is { } parsed)
                {
                    yield return new ServerEvent(type ?? "message", parsed);
                }
                type = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                type = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line[5..].TrimStart());
            }
        }
    }

    private static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
