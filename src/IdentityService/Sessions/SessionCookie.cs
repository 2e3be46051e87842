using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Tokens;

namespace Innominatus.IdentityService.Sessions;

public static class SessionCookie
{
    public static void Set(HttpContext context, string token, DateTimeOffset expires, IssuerOptions issuer) =>
        context.Response.Cookies.Append(LoginSessionOptions.CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = issuer.SecureCookies,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            Expires = expires,
        });

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(LoginSessionOptions.CookieName, new CookieOptions { Path = "/" });

    /// <summary>The session token of the request: the cookie, else <c>Authorization: Bearer inns_…</c>.</summary>
    public static string? Read(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(LoginSessionOptions.CookieName, out var cookie) && !string.IsNullOrEmpty(cookie))
        {
            return cookie;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer " + SecretTokens.SessionPrefix, StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
