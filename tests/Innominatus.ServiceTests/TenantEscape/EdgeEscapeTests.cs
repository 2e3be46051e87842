using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Identity;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// The edge: rate limits per client address before any credential is checked and per verified caller after;
/// X-Forwarded-For only from configured proxies; lockout per account; no cross-site changes with the session cookie.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class EdgeEscapeTests(IdentityStack stack)
{
    [Theory]
    [InlineData("/api/applications")]
    [InlineData("/api/no-such-route")]
    public async Task A_fresh_junk_key_per_request_does_not_escape_the_rate_limit_of_its_address(string path)
    {
        await using var gateway = stack.NewGateway(new Dictionary<string, string> { ["Gateway:RequestsPerAddressPerWindow"] = "5" });
        using var client = gateway.CreateClient();

        var answers = new List<(HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 10; i++)
        {
            var request = Request(HttpMethod.Get, path, apiKey: "junk-" + Guid.NewGuid().ToString("N"));
            using var response = await client.SendAsync(request);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)), answers.Select(a => a.Status));
        Assert.Contains("Rate limit per client address", TwoTeams.ProblemText(answers[^1].Body));
    }

    [Fact]
    public async Task A_verified_caller_has_one_budget_whichever_session_it_uses_and_the_victim_keeps_hers()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var aliceName = await NameOfAsync(teams, teams.Alice);
        var secondSession = await LoginAsync(teams.Gateway, aliceName, aliceName + "-password");
        await using var gateway = stack.NewGateway(new Dictionary<string, string> { ["Gateway:RequestsPerWindow"] = "3" });
        using var client = gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var session in new[] { teams.Alice, secondSession, teams.Alice })
        {
            statuses.Add((await client.SendAsync(Request(HttpMethod.Get, "/api/applications", session))).StatusCode);
        }
        using var limited = await client.SendAsync(Request(HttpMethod.Get, "/api/applications", secondSession));
        using var victim = await client.SendAsync(Request(HttpMethod.Get, "/api/applications", teams.Bob));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Contains("Rate limit per verified caller", TwoTeams.ProblemText(await limited.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, victim.StatusCode);
    }

    [Fact]
    public async Task A_forged_X_Forwarded_For_from_an_untrusted_peer_changes_neither_the_recorded_address_nor_the_budget()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobName = await NameOfAsync(teams, teams.Bob);
        await using var gateway = stack.NewGateway(new Dictionary<string, string> { ["Gateway:RequestsPerAddressPerWindow"] = "6" });
        using var client = gateway.StartOnLoopback();

        var failed = await LoginThroughAsync(client, bobName, "not-bobs-password", "198.51.100.77");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var request = Request(HttpMethod.Get, "/api/applications", apiKey: "junk-" + i);
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, failed);
        Assert.Equal("127.0.0.1", await LastLoginAddressAsync(teams, bobName));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task A_configured_proxy_names_the_client_one_hop_deep()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobName = await NameOfAsync(teams, teams.Bob);
        await using var gateway = stack.NewGateway(new Dictionary<string, string> { ["Gateway:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var client = gateway.StartOnLoopback();

        // The client wrote the first entry; the proxy appended the address it saw.
        await LoginThroughAsync(client, bobName, "not-bobs-password", "6.6.6.6, 198.51.100.78");

        Assert.Equal("198.51.100.78", await LastLoginAddressAsync(teams, bobName));
    }

    [Fact]
    public async Task Failed_logins_for_unknown_users_do_not_lock_Bob_out()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var bobName = await NameOfAsync(teams, teams.Bob);

        for (var i = 0; i < 12; i++)
        {
            await teams.Gateway.PostAsJsonAsync("/api/login", new { username = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "guess" });
        }
        using var bob = await teams.Gateway.PostAsJsonAsync("/api/login", new { username = bobName, password = bobName + "-password" });

        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_cross_site_shaped_POST_with_the_session_cookie_is_refused_and_creates_nothing(string? contentType)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var app = "csrf-" + Guid.NewGuid().ToString("N")[..6];
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications");
        request.Headers.Add("Cookie", "innominatus_session=" + teams.Alice);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Specs.Web(app)));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var (status, body) = await teams.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("session-cookie change needs a non-simple request", TwoTeams.ProblemText(body));
        var (_, list) = await teams.SendAsync(HttpMethod.Get, "/api/applications", teams.Admin);
        Assert.DoesNotContain(app, list);
    }

    [Fact]
    public async Task The_session_cookie_with_a_YAML_body_and_a_bearer_with_text_plain_are_not_refused_by_the_cookie_rule()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var app = "cookie-" + Guid.NewGuid().ToString("N")[..6];
        var withCookie = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = new StringContent(Specs.Web(app), Encoding.UTF8, "application/yaml") };
        withCookie.Headers.Add("Cookie", "innominatus_session=" + teams.Alice);
        var withBearer = Request(HttpMethod.Post, "/api/applications", teams.Alice);
        withBearer.Content = new StringContent(Specs.Web(app + "-b"), Encoding.UTF8, "text/plain");

        var (cookieStatus, cookieBody) = await teams.SendAsync(withCookie);
        var (_, bearerBody) = await teams.SendAsync(withBearer);

        Assert.True((int)cookieStatus is >= 200 and < 300, $"{(int)cookieStatus} {cookieBody}");
        Assert.DoesNotContain("non-simple request", bearerBody);
    }

    private static async Task<string> NameOfAsync(TwoTeams teams, string bearer)
    {
        var (_, body) = await teams.SendAsync(HttpMethod.Get, "/api/profile", bearer);
        using var profile = JsonDocument.Parse(body);
        return profile.RootElement.GetProperty("username").GetString()!;
    }

    private static async Task<HttpStatusCode> LoginThroughAsync(HttpClient gateway, string username, string password, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await gateway.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string?> LastLoginAddressAsync(TwoTeams teams, string username)
    {
        var audit = await SendOkAsync(teams.Gateway, HttpMethod.Get, $"/api/admin/audit?actor={username}&action=login", teams.Admin);
        return audit.GetProperty("items")[0].GetProperty("clientAddress").GetString();
    }
}
