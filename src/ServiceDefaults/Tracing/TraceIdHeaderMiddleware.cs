using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceDefaults.Tracing;

/// <summary>Echoes the W3C trace id as <c>X-Trace-Id</c> so a user can quote it and an operator can find the whole trace.</summary>
public sealed class TraceIdHeaderMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Trace-Id";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var traceId = Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            context.Response.Headers[HeaderName] = traceId;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
