using System.Security.Claims;

namespace Innominatus.Web.SignIn;

/// <summary>What the web UI keeps of a sign-in: the user's names for display and the session token for API calls.</summary>
public static class WebSession
{
    public const string CookieName = "innominatus_web";

    public const string TokenClaim = "innominatus:session_token";

    public const string TeamClaim = "innominatus:team";

    public static string? Token(ClaimsPrincipal user) => user.FindFirst(TokenClaim)?.Value;

    public static string? Team(ClaimsPrincipal user) => user.FindFirst(TeamClaim)?.Value;
}
