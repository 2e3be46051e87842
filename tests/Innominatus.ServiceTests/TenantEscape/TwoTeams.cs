using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// The tenant-escape suite's cast, made through the real gateway: team A with member Alice (the attacker), team B with
/// member Bob (the victim), and the bootstrap admin. Names are fresh per call so tests never share state.
/// </summary>
public sealed record TwoTeams(HttpClient Gateway, string TeamA, string Alice, string TeamB, string Bob, string Admin)
{
    public static async Task<TwoTeams> CreateAsync(IdentityStack stack)
    {
        var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (teamA, teamB) = ($"esc-a-{suffix}", $"esc-b-{suffix}");
        foreach (var (team, user) in new[] { (teamA, $"alice-{suffix}"), (teamB, $"bob-{suffix}") })
        {
            await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = team });
            await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = $"{user}-password", team });
        }
        var alice = await LoginAsync(gateway, $"alice-{suffix}", $"alice-{suffix}-password");
        var bob = await LoginAsync(gateway, $"bob-{suffix}", $"bob-{suffix}-password");
        return new TwoTeams(gateway, teamA, alice, teamB, bob, admin);
    }

    /// <summary>Submits a Score file (YAML) as the bearer and returns the status and the body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SubmitSpecAsync(string bearer, string yaml)
    {
        var request = Request(HttpMethod.Post, "/api/applications", bearer);
        request.Content = new StringContent(yaml, Encoding.UTF8, new MediaTypeHeaderValue("application/yaml"));
        return await SendAsync(request);
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string bearer, object? body = null) =>
        await SendAsync(Request(method, path, bearer, body));

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Gateway.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The problem's text (title and detail) of a refusal, to check that it names the rule.</summary>
    public static string ProblemText(string body)
    {
        using var problem = JsonDocument.Parse(body);
        var root = problem.RootElement;
        return string.Join(" ", new[] { "title", "detail" }.Select(p => root.TryGetProperty(p, out var v) ? v.GetString() : null).Where(v => v is not null));
    }
}
