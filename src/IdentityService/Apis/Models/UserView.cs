namespace Innominatus.IdentityService.Apis.Models;

public sealed record UserView(string Username, string Role, string? Team, IReadOnlyList<MemberOf> Teams, string Source, bool Disabled, DateTimeOffset CreatedAt, DateTimeOffset? LastLoginAt);
