namespace Innominatus.ApiGateway.Authentication;

/// <summary>What a request presented: a signed access token (JWT) or an opaque API key or session token.</summary>
public sealed record GatewayCredential(string Value, bool IsJwt, bool FromSessionCookie = false)
{
    public const string ApiKeyHeader = "X-API-Key";
    public const string SessionCookie = "innominatus_session";

    /// <summary><c>Authorization: Bearer</c> (a JWT, an API key or a session token), <c>X-API-Key</c>, or the session cookie.</summary>
    public static GatewayCredential? From(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : new GatewayCredential(token, token.Count(c => c == '.') == 2);
        }
        var apiKey = request.Headers[ApiKeyHeader].ToString().Trim();
        if (apiKey.Length > 0)
        {
            return new GatewayCredential(apiKey, false);
        }
        return request.Cookies.TryGetValue(SessionCookie, out var session) && !string.IsNullOrEmpty(session) ? new GatewayCredential(session, false, FromSessionCookie: true) : null;
    }
}
