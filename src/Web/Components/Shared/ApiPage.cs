using Innominatus.Web.Gateway;
using Innominatus.Web.Live;
using Microsoft.AspNetCore.Components;

namespace Innominatus.Web.Components.Shared;

/// <summary>
/// A page that calls the API: failures become a message on the page, an ended session a new sign-in, and
/// <see cref="RefreshOn"/> keeps the page current while it is open.
/// </summary>
public abstract class ApiPage : ComponentBase, IAsyncDisposable
{
    /// <summary>How long a page waits after an event for more of the same burst before it reloads.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly CancellationTokenSource stop = new();
    private readonly List<IDisposable> subscriptions = [];

    [Inject]
    protected GatewayClient Api { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected LiveUpdates Live { get; set; } = default!;

    protected string? Error { get; set; }

    protected CancellationToken Stopping => stop.Token;

    /// <summary>Runs an API call; false when it failed (the message is in <see cref="Error"/>).</summary>
    protected async Task<bool> CallAsync(Func<Task> call)
    {
        try
        {
            await call();
            Error = null;
            return true;
        }
        catch (SessionExpiredException)
        {
            Navigation.NavigateTo("/signin?error=expired", forceLoad: true);
        }
        catch (GatewayException e)
        {
            Error = e.Message;
        }
        catch (HttpRequestException)
        {
            Error = "The platform cannot be reached right now; the page retries.";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        return false;
    }

    /// <summary>
    /// Calls <paramref name="refresh"/> soon after an event of the platform's stream that <paramref name="relevant"/>
    /// accepts (a burst of events gives one reload), after the stream (re)opens, and every
    /// <see cref="LiveUpdates.FallbackRefresh"/> as a safety net, until the page closes.
    /// </summary>
    protected void RefreshOn(Func<LiveChange, bool> relevant, Func<Task> refresh)
    {
        var pending = 0;
        subscriptions.Add(Live.Subscribe(change =>
        {
            if ((change.Type != LiveChange.Connected && !relevant(change)) || Interlocked.Exchange(ref pending, 1) == 1)
            {
                return Task.CompletedTask;
            }
            // Not awaited: the stream goes on to the next event while this page waits for the burst to end.
            _ = InvokeAsync(async () =>
            {
                try
                {
                    await Task.Delay(Debounce, Stopping);
                    Volatile.Write(ref pending, 0);
                    await refresh();
                    StateHasChanged();
                }
                catch (OperationCanceledException)
                {
                    // The page closed.
                }
            });
            return Task.CompletedTask;
        }));
        _ = RefreshLoopAsync(Live.FallbackRefresh, refresh);
    }

    /// <summary>Calls <paramref name="handler"/> on the page's renderer for every event that <paramref name="relevant"/> accepts.</summary>
    protected void Follow(Func<LiveChange, bool> relevant, Action<LiveChange> handler) =>
        subscriptions.Add(Live.Subscribe(change => relevant(change) ? InvokeAsync(() =>
        {
            handler(change);
            StateHasChanged();
        }) : Task.CompletedTask));

    private async Task RefreshLoopAsync(TimeSpan period, Func<Task> refresh)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await InvokeAsync(async () =>
                {
                    await refresh();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        subscriptions.ForEach(s => s.Dispose());
        // Cancelled, not disposed: a refresh may still be reading the token.
        stop.Cancel();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
