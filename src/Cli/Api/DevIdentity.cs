namespace Innominatus.Cli.Api;

/// <summary>
/// DEVELOPMENT ONLY. <c>INNOMINATUS_DEV_IDENTITY=user:team[:role,role]</c> makes the CLI send the caller headers
/// (<c>X-Innominatus-User</c>, <c>-Team</c>, <c>-Roles</c>) that a development gateway passes through
/// (<c>Gateway:TrustClientIdentityHeaders=true</c>). A production gateway always strips them; without the variable
/// the CLI never sends them.
/// </summary>
public sealed record DevIdentity(string User, string? Team, string? Roles)
{
    public const string Variable = "INNOMINATUS_DEV_IDENTITY";

    public static DevIdentity? FromEnvironment(Func<string, string?> environment)
    {
        if (environment(Variable) is not { Length: > 0 } value)
        {
            return null;
        }
        var parts = value.Split(':');
        if (parts.Length is < 2 or > 3 || string.IsNullOrWhiteSpace(parts[0]))
        {
            throw new CliException($"{Variable} must be user:team or user:team:roles (team may be empty, roles comma-separated), not '{value}'", ExitCodes.Usage);
        }
        return new DevIdentity(parts[0].Trim(), NullIfEmpty(parts[1]), parts.Length == 3 ? NullIfEmpty(parts[2]) : null);
    }

    public void Apply(HttpRequestMessage request)
    {
        request.Headers.Add("X-Innominatus-User", User);
        if (Team is not null)
        {
            request.Headers.Add("X-Innominatus-Team", Team);
        }
        if (Roles is not null)
        {
            request.Headers.Add("X-Innominatus-Roles", Roles);
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
