namespace Innominatus.WorkflowService.Identity;

/// <summary>
/// Who is calling, as the gateway forwards it (<c>X-Innominatus-User</c>, <c>-Team</c>, <c>-Roles</c>). Services are
/// only reachable through the gateway, which sets these headers itself and drops any a client sent.
/// </summary>
public sealed record CallerIdentity(string? User, string? Team, IReadOnlySet<string> Roles)
{
    public const string UserHeader = "X-Innominatus-User";
    public const string TeamHeader = "X-Innominatus-Team";
    public const string RolesHeader = "X-Innominatus-Roles";

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(User);

    public bool IsAdmin => Roles.Contains("admin");

    public string Name => User ?? "anonymous";

    /// <summary>Admins see every team's objects; everyone else only their own team's.</summary>
    public bool MaySee(string team) => IsAdmin || string.Equals(team, Team, StringComparison.Ordinal);

    public static ValueTask<CallerIdentity> BindAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var roles = headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        return ValueTask.FromResult(new CallerIdentity(
            NullIfEmpty(headers[UserHeader].ToString()), NullIfEmpty(headers[TeamHeader].ToString()), roles));
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
