namespace Innominatus.ServiceTests.Infrastructure;

public static class Caller
{
    /// <summary>Calls a service directly as the gateway would forward <paramref name="user"/> of <paramref name="team"/>.</summary>
    public static HttpClient As(HttpClient client, string user, string team, string? roles = null)
    {
        client.DefaultRequestHeaders.Add("X-Innominatus-User", user);
        client.DefaultRequestHeaders.Add("X-Innominatus-Team", team);
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add("X-Innominatus-Roles", roles);
        }
        return client;
    }
}
