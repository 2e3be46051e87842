using Innominatus.Web.Gateway;
using Microsoft.AspNetCore.Components;

namespace Innominatus.Web.Components.Shared;

/// <summary>
/// A page that calls the API: failures become a message on the page, an ended session a new sign-in, and
/// <see cref="RefreshEvery"/> keeps the page current while it is open.
/// </summary>
public abstract class ApiPage : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();

    [Inject]
    protected GatewayClient Api { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

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

    /// <summary>Calls <paramref name="refresh"/> every <paramref name="period"/> until the page closes.</summary>
    protected void RefreshEvery(TimeSpan period, Func<Task> refresh) => _ = RefreshLoopAsync(period, refresh);

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
        // Cancelled, not disposed: a refresh may still be reading the token.
        stop.Cancel();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
