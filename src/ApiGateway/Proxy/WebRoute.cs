using Yarp.ReverseProxy.Model;

namespace Innominatus.ApiGateway.Proxy;

/// <summary>
/// The routes to the web UI, all of the lowest priority (every other route and the gateway's own endpoints win):
/// pages and assets (GET and HEAD of any path), the sign-in and sign-out form posts, and Blazor's circuit connection.
/// The UI signs its users in itself and calls the API through the gateway with their credential, so the gateway lets
/// anonymous browsers reach it; never for a path under /api, which is the API's alone.
/// </summary>
public static class WebRoute
{
    private static readonly string[] RouteIds = ["web", "web-signin", "web-signout", "web-blazor"];

    public static bool Serves(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId is { } id && RouteIds.Contains(id, StringComparer.Ordinal);

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
