namespace Innominatus.IdentityService.Login;

/// <summary>A failed password login, kept for the lockout window; shared by every replica through the database.</summary>
public sealed class LoginFailure
{
    public long Id { get; init; }

    public required string Username { get; init; }

    public string? ClientAddress { get; init; }

    public DateTimeOffset At { get; init; }
}
