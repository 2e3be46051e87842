namespace Innominatus.IdentityService.Sessions;

/// <summary><c>Identity:Sessions</c>.</summary>
public sealed class LoginSessionOptions
{
    public const string Section = "Identity:Sessions";

    public const string CookieName = "innominatus_session";

    public int LifetimeHours { get; set; } = 8;
}
