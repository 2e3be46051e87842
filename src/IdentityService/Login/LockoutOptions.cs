namespace Innominatus.IdentityService.Login;

/// <summary><c>Identity:Lockout</c>: after <see cref="MaxFailures"/> failed logins within the window, per user and per client address, logins are refused.</summary>
public sealed class LockoutOptions
{
    public const string Section = "Identity:Lockout";

    public int MaxFailures { get; set; } = 5;

    public int WindowMinutes { get; set; } = 15;
}
