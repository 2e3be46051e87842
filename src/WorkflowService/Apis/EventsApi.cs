using Innominatus.WorkflowService.Events;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;

namespace Innominatus.WorkflowService.Apis;

public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapGet("/stream", Stream).WithName("StreamEvents")
            .WithSummary("Server-sent events: workflow, step and resource state changes and log lines, as they happen, for what the caller may see.");
        return api;
    }

    /// <summary><c>maxSeconds</c> ends the stream after that long (scripts, tests); without it the stream runs until the client leaves.</summary>
    public static async Task Stream(HttpContext context, int? maxSeconds, CallerPrincipal caller, LiveEvents events, EventStreamWriter writer, CancellationToken requestAborted)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        if (maxSeconds is > 0)
        {
            limit.CancelAfter(TimeSpan.FromSeconds(maxSeconds.Value));
        }
        var cancellationToken = limit.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.WriteAsync(": connected\n\n", requestAborted);
        await context.Response.Body.FlushAsync(requestAborted);
        try
        {
            await writer.WriteAsync(context.Response, events.Subscribe(cancellationToken), caller, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The client went away, or maxSeconds passed.
        }
    }
}
