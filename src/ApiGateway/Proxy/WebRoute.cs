using Yarp.ReverseProxy.Model;

namespace Innominatus.ApiGateway.Proxy;

/// <summary>
/// The catch-all route to the web UI (lowest priority: every other route and the gateway's own endpoints win). The
/// UI signs its users in itself and calls the API through the gateway with their credential, so the gateway lets
/// anonymous browsers reach it; never for a path under /api, which is the API's alone, nor under /internal, the
/// services' own prefix for calls between them (a 404 at the edge, not a request the UI would have to turn away).
/// </summary>
public static class WebRoute
{
    public const string RouteId = "web";

    public static bool Serves(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == RouteId;

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Paths the web UI never gets, even where no other route matched them.</summary>
    public static bool NeverServed(PathString path) => IsApiPath(path) || path.StartsWithSegments("/internal", StringComparison.OrdinalIgnoreCase);
}
