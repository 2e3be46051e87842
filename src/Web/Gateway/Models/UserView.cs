namespace Innominatus.Web.Gateway.Models;

public sealed record UserView(string Username, string Role, string? Team, IReadOnlyList<TeamMembership> Teams, string Source, bool Disabled, DateTimeOffset CreatedAt, DateTimeOffset? LastLoginAt);
