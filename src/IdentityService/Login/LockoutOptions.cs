namespace Innominatus.IdentityService.Login;

/// <summary>
/// <c>Identity:Lockout</c>: per account only. From the <see cref="MaxFailures"/>th failed login within the window on,
/// that account waits <see cref="FirstDelaySeconds"/> after its last failure, twice as long with every further failure,
/// at most <see cref="MaxDelaySeconds"/>. No address is ever locked: behind an ingress every client may share one.
/// </summary>
public sealed class LockoutOptions
{
    public const string Section = "Identity:Lockout";

    public int MaxFailures { get; set; } = 5;

    /// <summary>Failures older than this are forgotten; a successful login forgets the account's failures at once.</summary>
    public int WindowMinutes { get; set; } = 15;

    public int FirstDelaySeconds { get; set; } = 1;

    public int MaxDelaySeconds { get; set; } = 900;
}
