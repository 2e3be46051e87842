using System.Text.RegularExpressions;

namespace Innominatus.IdentityService.Users;

/// <summary>Usernames are lower case (an e-mail address is allowed); team names are DNS labels, as Kubernetes namespaces are.</summary>
public static partial class Names
{
    public static string NormalizeUsername(string? username) => (username ?? "").Trim().ToLowerInvariant();

    public static bool IsValidUsername(string username) => UsernamePattern().IsMatch(username);

    public static bool IsValidTeam(string team) => TeamPattern().IsMatch(team);

    [GeneratedRegex("^[a-z0-9][a-z0-9._@+-]{0,127}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex TeamPattern();
}
