using System.Net.ServerSentEvents;
using System.Text.Json;
using Innominatus.Web.Gateway;
using Microsoft.Extensions.Options;

namespace Innominatus.Web.Live;

/// <summary>
/// The signed-in user's event stream, one per browser connection (a scoped service of the circuit): opened through the
/// gateway with the user's own credential when the first page subscribes, so the user hears only of their teams' runs
/// and resources, and reopened with back-off when it breaks.
/// </summary>
public sealed partial class LiveUpdates(GatewayClient api, IOptions<LiveOptions> options, ILogger<LiveUpdates> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly List<Func<LiveChange, Task>> handlers = [];
    private Task? reading;

    public TimeSpan FallbackRefresh => TimeSpan.FromSeconds(Math.Max(1, options.Value.FallbackRefreshSeconds));

    /// <summary>Calls <paramref name="handler"/> for every event until the returned subscription is disposed.</summary>
    public IDisposable Subscribe(Func<LiveChange, Task> handler)
    {
        lock (gate)
        {
            handlers.Add(handler);
            reading ??= Task.Run(() => ReadAsync(stop.Token));
        }
        return new Subscription(this, handler);
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var response = await api.OpenEventStreamAsync(cancellationToken);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                delay = TimeSpan.FromSeconds(1);
                await DispatchAsync(LiveChange.Opened);
                await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken))
                {
                    if (Parse(item) is { } change)
                    {
                        await DispatchAsync(change);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SessionExpiredException)
            {
                // The pages send the user to the sign-in page on their next call; a new circuit opens a new stream.
                return;
            }
            catch (Exception e) when (e is HttpRequestException or GatewayException or IOException or OperationCanceledException)
            {
                LogBroken(logger, e.Message);
            }
            await Task.Delay(delay, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, options.Value.MaxReconnectSeconds));
        }
    }

    private static LiveChange? Parse(SseItem<string> item)
    {
        try
        {
            using var document = JsonDocument.Parse(item.Data);
            return new LiveChange(item.EventType, document.RootElement.Clone());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task DispatchAsync(LiveChange change)
    {
        Func<LiveChange, Task>[] current;
        lock (gate)
        {
            current = [.. handlers];
        }
        foreach (var handler in current)
        {
            try
            {
                await handler(change);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One page that fails to follow (closing while it reloads, say) must not end the others' stream.
                LogHandlerFailed(logger, e.GetType().Name);
            }
        }
    }

    private void Unsubscribe(Func<LiveChange, Task> handler)
    {
        lock (gate)
        {
            handlers.Remove(handler);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (reading is not null)
        {
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The event stream broke ({Reason}); reopening it")]
    private static partial void LogBroken(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A page failed to follow an event: {Error}")]
    private static partial void LogHandlerFailed(ILogger logger, string error);

    private sealed class Subscription(LiveUpdates owner, Func<LiveChange, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
