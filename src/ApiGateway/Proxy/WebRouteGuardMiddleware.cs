namespace Innominatus.ApiGateway.Proxy;

/// <summary>An /api or /internal path no gateway route matched ends here as a 404 problem instead of falling through to the web UI.</summary>
public sealed class WebRouteGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        WebRoute.Serves(context) && WebRoute.NeverServed(context.Request.Path)
            ? TypedResults.Problem(title: "Not Found", detail: "No API route matches this path.", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context)
            : next(context);
}
