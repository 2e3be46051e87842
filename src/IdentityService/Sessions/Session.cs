using Innominatus.IdentityService.Users;

namespace Innominatus.IdentityService.Sessions;

/// <summary>A login session (cookie or bearer token); only the SHA-256 of the token is stored.</summary>
public sealed class Session
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid UserId { get; init; }

    public required byte[] TokenHash { get; init; }

    /// <summary><c>password</c> or <c>oidc</c>.</summary>
    public required string Method { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    public User User { get; init; } = null!;
}
