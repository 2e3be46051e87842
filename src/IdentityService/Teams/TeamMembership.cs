using Innominatus.IdentityService.Users;

namespace Innominatus.IdentityService.Teams;

public sealed class TeamMembership
{
    public Guid TeamId { get; init; }

    public Guid UserId { get; init; }

    /// <summary><c>member</c> or <c>team-admin</c>.</summary>
    public string Role { get; set; } = TeamRoles.Member;

    public DateTimeOffset AddedAt { get; init; }

    public Team Team { get; init; } = null!;

    public User User { get; init; } = null!;
}
