namespace Innominatus.ServiceDefaults.Security;

/// <summary>
/// The contract between the gateway and the services: the gateway authenticates the caller and forwards who it is
/// in <see cref="HeaderName"/>, a short-lived ES256 JWT that only the gateway can sign and every service verifies.
/// </summary>
public static class InternalCallerDefaults
{
    public const string HeaderName = "X-Innominatus-Principal";

    /// <summary>Every client-sent header with this prefix is dropped at the gateway.</summary>
    public const string HeaderPrefix = "X-Innominatus-";

    public const string AuthenticationScheme = "InternalCaller";

    public const string Issuer = "innominatus-gateway";

    public const string Audience = "innominatus-services";

    public const string Algorithm = "ES256";

    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string TeamClaim = "team";
    public const string TeamsClaim = "teams";
    public const string RolesClaim = "roles";

    public const string AdminRole = "admin";
    public const string UserRole = "user";
    public const string ServiceRole = "service";

    /// <summary>A team-scoped role is written <c>team-admin:&lt;team&gt;</c>.</summary>
    public const string TeamAdminRolePrefix = "team-admin:";

    public const string AdminPolicy = "admin";
}
