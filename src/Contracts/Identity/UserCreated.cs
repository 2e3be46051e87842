namespace Innominatus.Contracts.Identity;

/// <summary>A user account was created, by an admin (<c>local</c>) or on first single sign-on (<c>oidc</c>).</summary>
public sealed record UserCreated(Guid UserId, string Username, string? Team, IReadOnlyList<string> Roles, string Source, DateTimeOffset CreatedAt);
