extern alias identity;
using System.Net;
using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Infrastructure;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class TeamIsolationTests(IdentityStack stack)
{
    [Fact]
    public async Task Members_list_only_their_own_teams_and_admins_list_all()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var (x, y) = ("iso-x-" + Suffix(), "iso-y-" + Suffix());
        var userX = "member-" + Suffix();
        await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = x });
        await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = y });
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = userX, password = "member-password-x", team = x });
        var session = await LoginAsync(gateway, userX, "member-password-x");

        var mine = (await SendOkAsync(gateway, HttpMethod.Get, "/api/teams", session)).EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        var all = (await SendOkAsync(gateway, HttpMethod.Get, "/api/teams", admin)).EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();

        Assert.Equal([x], mine);
        Assert.Contains(x, all);
        Assert.Contains(y, all);
    }

    [Fact]
    public async Task A_principal_header_sent_by_a_client_is_dropped_by_the_gateway()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var (x, y) = ("hdr-x-" + Suffix(), "hdr-y-" + Suffix());
        var userY = "member-" + Suffix();
        await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = x });
        await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = y });
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = userY, password = "member-password-y", team = y });
        var session = await LoginAsync(gateway, userY, "member-password-y");

        // Even a principal signed with the gateway's own key is not taken from a client.
        var request = Request(HttpMethod.Get, $"/api/teams/{x}", session);
        request.Headers.Add(InternalCallerDefaults.HeaderName, InternalCallerTokens.For(userY, x, "admin"));
        request.Headers.Add("X-Innominatus-Roles", "admin");
        var response = await gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Services_accept_the_test_helpers_token_and_refuse_a_forged_or_missing_one()
    {
        var asAdmin = new HttpClient { BaseAddress = stack.Identity.Address }.As("helper-admin", null, "admin");
        var forged = new HttpClient { BaseAddress = stack.Identity.Address };
        forged.DefaultRequestHeaders.Add(InternalCallerDefaults.HeaderName, InternalCallerTokens.Forged("mallory", "admin"));
        var anonymous = new HttpClient { BaseAddress = stack.Identity.Address };

        var created = await asAdmin.PostAsync("/api/teams", System.Net.Http.Json.JsonContent.Create(new { name = "helper-" + Suffix() }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await new HttpClient { BaseAddress = stack.Identity.Address }.As("u", "t", "user").GetAsync("/api/admin/users")).StatusCode);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}
