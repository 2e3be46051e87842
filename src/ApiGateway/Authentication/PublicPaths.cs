using Innominatus.ApiGateway.ApiReference;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// The only paths reachable without credentials: probes, metrics, the login and logout calls, the browser login and
/// single sign-on pages, the OpenID Connect endpoints, the API reference (its page and script, the OpenAPI
/// documents, and the Go original's Swagger addresses that redirect to it), and the web UI's catch-all route
/// (<see cref="Proxy.WebRoute"/>, never under /api). Everything else that is routed, and all of /api/**, needs a
/// caller. A new route is therefore protected unless it is added here.
/// </summary>
public static class PublicPaths
{
    private static readonly string[] Exact = ["/health", "/ready", "/alive", "/metrics", "/api/login", "/api/logout", .. ApiReferenceExtensions.LegacyPaths];

    private static readonly string[] Prefixes = ["/health/", "/ready/", "/auth/", "/.well-known/", "/connect/", "/openapi/", "/api-reference/"];

    /// <summary>Compares spans, not new strings: this runs on every request.</summary>
    public static bool IsPublic(PathString path)
    {
        var value = (path.Value ?? "/").AsSpan().TrimEnd('/');
        foreach (var exact in Exact)
        {
            if (value.Equals(exact, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        foreach (var prefix in Prefixes)
        {
            // As (value + "/").StartsWith(prefix): the prefix without its slash is the whole value, or value goes on with a slash.
            var bare = prefix.AsSpan(0, prefix.Length - 1);
            if (value.StartsWith(bare, StringComparison.OrdinalIgnoreCase) && (value.Length == bare.Length || value[bare.Length] == '/'))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsAdminOnly(PathString path) => path.StartsWithSegments("/api/admin", StringComparison.OrdinalIgnoreCase);
}
