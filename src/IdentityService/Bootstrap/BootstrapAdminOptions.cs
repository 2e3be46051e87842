namespace Innominatus.IdentityService.Bootstrap;

/// <summary><c>Identity:BootstrapAdmin</c>: the first admin, created when no admin exists.</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Identity:BootstrapAdmin";

    public string Username { get; set; } = "admin";

    /// <summary>When unset, a random password is generated and printed once to standard output (never to the log).</summary>
    public string? Password { get; set; }
}
