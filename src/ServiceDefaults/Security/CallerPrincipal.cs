using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceDefaults.Security;

/// <summary>
/// The verified caller of a service request, read from the gateway's <c>X-Innominatus-Principal</c> token. Bind it
/// as an endpoint parameter (<c>CallerPrincipal caller</c>) on endpoints that require authorization.
/// </summary>
public sealed record CallerPrincipal(string UserId, string User, string? Team, IReadOnlyList<string> Teams, IReadOnlySet<string> Roles)
{
    public bool IsAdmin => Roles.Contains(InternalCallerDefaults.AdminRole);

    /// <summary>Admins see every team's objects; everyone else only those of the teams they belong to.</summary>
    public bool MaySee(string team) => IsAdmin || Teams.Contains(team, StringComparer.Ordinal);

    /// <summary>Admins, and team admins of <paramref name="team"/>, may manage the team.</summary>
    public bool MayManage(string team) => IsAdmin || Roles.Contains(InternalCallerDefaults.TeamAdminRolePrefix + team);

    public static CallerPrincipal? FromClaims(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var name = principal.FindFirst(InternalCallerDefaults.NameClaim)?.Value;
        var subject = principal.FindFirst(InternalCallerDefaults.SubjectClaim)?.Value ?? name;
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(subject))
        {
            return null;
        }
        var team = principal.FindFirst(InternalCallerDefaults.TeamClaim)?.Value;
        var teams = principal.FindAll(InternalCallerDefaults.TeamsClaim).Select(c => c.Value).ToList();
        if (!string.IsNullOrEmpty(team) && !teams.Contains(team))
        {
            teams.Insert(0, team);
        }
        var roles = principal.FindAll(InternalCallerDefaults.RolesClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CallerPrincipal(subject, name, string.IsNullOrEmpty(team) ? null : team, teams, roles);
    }

    /// <summary>Minimal-API binding: the authenticated caller, or a 401 before the handler runs (see <see cref="InternalCallerAuthenticationExtensions"/>).</summary>
    public static ValueTask<CallerPrincipal?> BindAsync(HttpContext context) => ValueTask.FromResult(FromClaims(context.User));
}
