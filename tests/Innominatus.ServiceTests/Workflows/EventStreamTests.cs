using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

public class EventStreamTests
{
    [Fact]
    public async Task The_stream_shows_step_and_run_changes_and_log_lines_as_they_happen_and_only_to_the_owning_team()
    {
        var steps = """
              - name: greet
                type: script
                config:
                  script: echo "hello from the stream test"
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["greet"] = steps });
        using var bob = Caller.As(engine.Service.CreateClient(), "bob", "team-b");
        using var aliceEvents = await OpenAsync(engine.Client);
        using var bobEvents = await OpenAsync(bob);

        var run = await engine.RunAsync("greet");
        var seen = await ReadUntilAsync(aliceEvents, e => e.Type == "workflow" && e.Data.GetProperty("executionId").GetGuid() == run, TimeSpan.FromSeconds(30));
        var bobSaw = await ReadUntilAsync(bobEvents, _ => false, TimeSpan.FromSeconds(2));

        Assert.Contains(seen, e => e.Type == "step" && e.Data.GetProperty("state").GetString() == "running");
        Assert.Contains(seen, e => e.Type == "log" && e.Data.GetProperty("line").GetString() == "hello from the stream test");
        Assert.Equal("succeeded", seen[^1].Data.GetProperty("state").GetString());
        Assert.Empty(bobSaw);
    }

    [Fact]
    public async Task A_secret_parameter_reaches_the_stream_only_masked()
    {
        const string secret = "stream-Secret-9f3k2m";
        var path = """
            parameters:
              api_token: {type: string, secret: true}
            ---steps
              - name: use
                type: script
                config:
                  script: |
                    echo "calling with ${parameters.api_token}"
                    exit 3
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["use-token"] = path });
        using var events = await OpenAsync(engine.Client);

        var run = await engine.RunAsync("use-token", new { api_token = secret });
        var seen = await ReadUntilAsync(events, e => e.Type == "workflow" && e.Data.GetProperty("executionId").GetGuid() == run, TimeSpan.FromSeconds(30));

        Assert.Equal("failed", seen[^1].Data.GetProperty("state").GetString());
        Assert.Contains(seen, e => e.Type == "log" && e.Data.GetProperty("line").GetString() == "calling with (secret)");
        Assert.DoesNotContain(seen, e => e.Data.GetRawText().Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quiet_stream_sends_a_heartbeat_comment_so_idle_proxies_keep_it_open()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["idle"] = "  - {name: nothing, type: noop}\n" }, new Dictionary<string, string> { ["Events:HeartbeatSeconds"] = "1" });
        using var events = await OpenAsync(engine.Client);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var lines = new List<string?> { await events.ReadLineAsync(stop.Token), await events.ReadLineAsync(stop.Token), await events.ReadLineAsync(stop.Token), await events.ReadLineAsync(stop.Token) };

        // The blank line after ": connected", then a heartbeat and its blank line; no event was published.
        Assert.Equal(["", ": keep-alive", "", ": keep-alive"], lines);
    }

    private static async Task<StreamReader> OpenAsync(HttpClient client)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/events/stream"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return reader;
    }

    /// <summary>Reads events until one matches (returned last) or the time is up (then everything read).</summary>
    private static async Task<List<(string Type, JsonElement Data)>> ReadUntilAsync(StreamReader reader, Func<(string Type, JsonElement Data), bool> last, TimeSpan timeout)
    {
        var events = new List<(string, JsonElement)>();
        using var stop = new CancellationTokenSource(timeout);
        string? type = null;
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && type is not null)
                {
                    var item = (type, JsonDocument.Parse(line[6..]).RootElement.Clone());
                    events.Add(item);
                    if (last(item))
                    {
                        return events;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // time is up
        }
        return events;
    }
}
