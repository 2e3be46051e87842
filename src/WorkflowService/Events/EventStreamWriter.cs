using System.Text.Json;
using System.Threading.Channels;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.WorkflowService.Events;

/// <summary>
/// Writes one caller's server-sent events. When nothing has been sent for <c>Events:HeartbeatSeconds</c> (default 20)
/// it sends a comment line, so proxies that close idle connections (YARP's default activity timeout is 100 s, an
/// ingress's often 60 s) keep a quiet stream open; clients ignore comments.
/// </summary>
public sealed class EventStreamWriter(IConfiguration configuration)
{
    public const string Heartbeat = ": keep-alive\n\n";

    private TimeSpan HeartbeatInterval =>
        TimeSpan.FromSeconds(configuration.GetValue<double?>("Events:HeartbeatSeconds") is > 0 and { } seconds ? seconds : 20);

    public async Task WriteAsync(HttpResponse response, ChannelReader<LiveEvent> events, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var interval = HeartbeatInterval;
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(interval);
            bool more;
            try
            {
                more = await events.WaitToReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await SendAsync(response, Heartbeat, cancellationToken);
                continue;
            }
            if (!more)
            {
                return;
            }
            while (events.TryRead(out var live))
            {
                // An event without a team (none is published today) is for admins only: the stream fails closed.
                if (live.Team is { } team ? caller.MaySee(team) : caller.IsAdmin)
                {
                    await SendAsync(response, $"event: {live.Type}\ndata: {JsonSerializer.Serialize(live.Data)}\n\n", cancellationToken);
                }
            }
        }
    }

    private static async Task SendAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
