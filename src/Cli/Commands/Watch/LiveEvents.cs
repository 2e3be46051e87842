namespace Innominatus.Cli.Commands.Watch;

/// <summary>Listens to /api/events/stream in the background; when the stream is unavailable, polling alone carries on.</summary>
public static class LiveEvents
{
    public static Task ListenAsync(Session s, Action<ServerEvent> handle, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            await foreach (var e in EventStream.ReadAsync(s.Api, cancellationToken))
            {
                handle(e);
            }
        }
        catch (Exception e)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                s.Tell($"note: no live events ({e.Message.ReplaceLineEndings(" ")}); following by polling.");
            }
        }
    }, CancellationToken.None);
}
