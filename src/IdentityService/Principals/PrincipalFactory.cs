using System.Security.Claims;
using Innominatus.IdentityService.Teams;
using Innominatus.IdentityService.Users;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.IdentityService.Principals;

/// <summary>What a user is allowed to act as, from the database: the one source for tokens, sessions and API keys.</summary>
public static class PrincipalFactory
{
    /// <summary>Needs <see cref="User.Memberships"/> with their teams loaded.</summary>
    public static CallerPrincipal ToCaller(User user)
    {
        var teams = user.Memberships.Select(m => m.Team.Name).Order(StringComparer.Ordinal).ToList();
        var primary = user.PrimaryTeam is not null && teams.Contains(user.PrimaryTeam) ? user.PrimaryTeam : teams.FirstOrDefault();
        if (primary is not null)
        {
            teams.Remove(primary);
            teams.Insert(0, primary);
        }
        var roles = new HashSet<string>(StringComparer.Ordinal) { user.Role };
        foreach (var membership in user.Memberships.Where(m => m.Role == TeamRoles.TeamAdmin))
        {
            roles.Add(InternalCallerDefaults.TeamAdminRolePrefix + membership.Team.Name);
        }
        return new CallerPrincipal(user.Id.ToString(), user.Username, primary, teams, roles);
    }

    public static CallerPrincipal ForService(string clientId) =>
        new(clientId, clientId, null, [], new HashSet<string>(StringComparer.Ordinal) { InternalCallerDefaults.ServiceRole });

    /// <summary>The claims of an OpenIddict token for <paramref name="caller"/> (standard OIDC names plus team, teams, roles).</summary>
    public static IEnumerable<Claim> Claims(CallerPrincipal caller)
    {
        yield return new Claim("sub", caller.UserId);
        yield return new Claim("name", caller.User);
        yield return new Claim("preferred_username", caller.User);
        if (caller.Team is not null)
        {
            yield return new Claim("team", caller.Team);
        }
        foreach (var team in caller.Teams)
        {
            yield return new Claim("teams", team);
        }
        foreach (var role in caller.Roles)
        {
            yield return new Claim("roles", role);
        }
    }
}
