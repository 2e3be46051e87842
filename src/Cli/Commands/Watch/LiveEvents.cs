namespace Innominatus.Cli.Commands.Watch;

/// <summary>
/// Listens to /api/events/stream in the background. <see cref="StartAsync"/> returns once the stream is open, so a
/// command can subscribe first and then act, missing nothing; when the stream is unavailable, polling alone carries on.
/// </summary>
public sealed class LiveEvents : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly Task reading;

    private LiveEvents(CancellationTokenSource stop, Task reading)
    {
        this.stop = stop;
        this.reading = reading;
    }

    public static async Task<LiveEvents> StartAsync(Session s, Action<ServerEvent> handle, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in EventStream.ReadAsync(s.Api, opened.SetResult, stop.Token))
                {
                    handle(e);
                }
            }
            catch (Exception e)
            {
                if (!stop.IsCancellationRequested)
                {
                    s.Tell($"note: no live events ({e.Message.ReplaceLineEndings(" ")}); following by polling.");
                }
            }
            finally
            {
                opened.TrySetResult();
            }
        }, CancellationToken.None);
        await opened.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        return new LiveEvents(stop, reading);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
    }
}
