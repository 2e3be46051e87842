using Innominatus.IdentityService.Teams;

namespace Innominatus.IdentityService.Users;

/// <summary>A person who logs in with a password (<c>local</c>) or through the company's OIDC provider (<c>oidc</c>).</summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string Username { get; set; }

    /// <summary>ASP.NET Core Identity PasswordHasher v3 (PBKDF2-HMAC-SHA512); null for accounts that only use SSO.</summary>
    public string? PasswordHash { get; set; }

    public string? Email { get; set; }

    /// <summary><c>admin</c> or <c>user</c>.</summary>
    public string Role { get; set; } = UserRoles.User;

    /// <summary>The team the user acts for by default; one of <see cref="Memberships"/>.</summary>
    public string? PrimaryTeam { get; set; }

    public string Source { get; set; } = UserSources.Local;

    public string? ExternalIssuer { get; set; }

    public string? ExternalSubject { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastLoginAt { get; set; }

    public List<TeamMembership> Memberships { get; init; } = [];
}
