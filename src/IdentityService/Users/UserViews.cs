using Innominatus.IdentityService.Apis.Models;

namespace Innominatus.IdentityService.Users;

public static class UserViews
{
    /// <summary>Needs memberships with teams loaded.</summary>
    public static UserView ToView(this User user) => new(
        user.Username, user.Role, user.PrimaryTeam,
        user.Memberships.Select(m => new MemberOf(m.Team.Name, m.Role)).OrderBy(m => m.Team, StringComparer.Ordinal).ToList(),
        user.Source, user.Disabled, user.CreatedAt, user.LastLoginAt);
}
