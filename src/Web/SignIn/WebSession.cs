using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Innominatus.Web.SignIn;

/// <summary>
/// What the web UI keeps of a sign-in: the user's names for display and the token for API calls (the password login's
/// session token, or the IdentityService's access token after single sign-on).
/// </summary>
public static class WebSession
{
    public const string CookieName = "innominatus_web";

    public const string TokenClaim = "innominatus:session_token";

    public const string TeamClaim = "innominatus:team";

    public static string? Token(ClaimsPrincipal user) => user.FindFirst(TokenClaim)?.Value;

    public static string? Team(ClaimsPrincipal user) => user.FindFirst(TeamClaim)?.Value;

    /// <summary>The cookie's principal; name, team and roles are what the identity service answered, never the browser's.</summary>
    public static ClaimsPrincipal Principal(string username, string token, string? team, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, username),
            new(TokenClaim, token),
            new(TeamClaim, team ?? ""),
        };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
