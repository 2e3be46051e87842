using Innominatus.IdentityService.Apis.Models;

namespace Innominatus.IdentityService.Teams;

public static class TeamViews
{
    /// <summary>Needs members with users loaded.</summary>
    public static TeamView ToView(this Team team) => new(team.Name, team.Description, team.CreatedAt,
        team.Members.Select(m => new MemberView(m.User.Username, m.Role)).OrderBy(m => m.Username, StringComparer.Ordinal).ToList());
}
