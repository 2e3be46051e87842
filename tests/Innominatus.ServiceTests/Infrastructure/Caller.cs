namespace Innominatus.ServiceTests.Infrastructure;

public static class Caller
{
    /// <summary>Calls a service directly as the gateway would forward <paramref name="user"/> of <paramref name="team"/> (a signed internal token).</summary>
    public static HttpClient As(HttpClient client, string user, string? team, string? roles = null) =>
        client.As(user, team, (roles ?? "user").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
