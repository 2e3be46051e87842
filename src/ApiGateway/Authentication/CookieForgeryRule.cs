using Microsoft.Net.Http.Headers;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// Rule "cookie-authenticated changes need a non-simple request": a browser sends the session cookie along with a
/// request another site makes it send, but another site can only send what needs no CORS preflight: a form's or
/// text/plain body, or none. The gateway allows no cross-origin calls, so a JSON or YAML content type or an
/// <c>X-Requested-With</c> header proves the request came from a page of this origin. Bearer and API-key callers are
/// not affected: a browser never adds those by itself.
/// </summary>
public static class CookieForgeryRule
{
    public const string Title = "Cross-site request refused: a session-cookie change needs a non-simple request";

    public const string Detail =
        "A POST, PUT, PATCH or DELETE authenticated by the session cookie needs a JSON or YAML body (not text/plain, a form " +
        "or multipart) or an X-Requested-With header; send an API key or bearer token instead from scripts.";

    public const string RequestedWithHeader = "X-Requested-With";

    private static readonly string[] SimpleTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];

    public static bool Refuses(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }
        if (request.Headers.ContainsKey(RequestedWithHeader))
        {
            return false;
        }
        // A type the browser would send without a preflight, or one that does not parse (browsers are lenient about it).
        return !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || SimpleTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase);
    }
}
