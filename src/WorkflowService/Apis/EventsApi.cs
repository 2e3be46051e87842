using System.Text.Json;
using Innominatus.WorkflowService.Events;
using Innominatus.WorkflowService.Identity;

namespace Innominatus.WorkflowService.Apis;

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events").AddEndpointFilter<RequireCallerFilter>();
        api.MapGet("/stream", Stream).WithName("StreamEvents")
            .WithSummary("Server-sent events: workflow, step and resource state changes and log lines, as they happen, for what the caller may see.");
        return api;
    }

    public static async Task Stream(HttpContext context, CallerIdentity caller, LiveEvents events, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.WriteAsync(": connected\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
        try
        {
            await foreach (var live in events.Subscribe(cancellationToken).ReadAllAsync(cancellationToken))
            {
                if (live.Team is { } team && !caller.MaySee(team))
                {
                    continue;
                }
                await context.Response.WriteAsync($"event: {live.Type}\ndata: {JsonSerializer.Serialize(live.Data)}\n\n", cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }
}
