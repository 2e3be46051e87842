using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Innominatus.ServiceDefaults.Metrics;

/// <summary>Counts every request under its route template, so the label set stays bounded whatever paths clients send.</summary>
public sealed class HttpRequestMetricsMiddleware(RequestDelegate next, InnominatusMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.HttpRequestHandled(context.Request.Method, route, context.Response.StatusCode);
        }
    }
}
