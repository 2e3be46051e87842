using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class FirstLoginTests(IdentityStack stack)
{
    [Fact]
    public async Task The_bootstrap_admin_creates_a_team_a_user_and_an_API_key_and_the_user_works_with_the_key()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var team = "first-" + Guid.NewGuid().ToString("N")[..6];
        var user = "dev-" + Guid.NewGuid().ToString("N")[..6];

        await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = team, description = "first team" });
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "a-long-enough-password", team, role = "user" });
        var userSession = await LoginAsync(gateway, user, "a-long-enough-password");
        var key = await CreateApiKeyAsync(gateway, userSession, "ci");

        var withKey = await gateway.SendAsync(Request(HttpMethod.Get, "/api/profile", apiKey: key));
        var withBearerKey = await gateway.SendAsync(Request(HttpMethod.Get, "/api/profile", bearer: key));
        var accessToken = await ExchangeApiKeyAsync(gateway, key);
        var withToken = await gateway.SendAsync(Request(HttpMethod.Get, "/api/profile", bearer: accessToken));

        foreach (var response in new[] { withKey, withBearerKey, withToken })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(user, profile.GetProperty("username").GetString());
            Assert.Equal(team, profile.GetProperty("team").GetString());
            Assert.Equal(["user"], profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }
        var keys = await SendOkAsync(gateway, HttpMethod.Get, "/api/profile/api-keys", userSession);
        Assert.DoesNotContain(key, keys.GetRawText());
        Assert.StartsWith("inn_", keys[0].GetProperty("maskedKey").GetString());
    }

    [Fact]
    public async Task Discovery_and_keys_of_the_OpenID_Connect_provider_are_public_through_the_gateway()
    {
        using var gateway = stack.Gateway.CreateClient();

        var discovery = await gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var keys = await gateway.GetFromJsonAsync<JsonElement>("/.well-known/jwks");

        Assert.Equal(IdentityStack.Issuer, discovery.GetProperty("issuer").GetString());
        // Endpoints are advertised at the address the client used (the gateway's), whatever the service's own address.
        Assert.Equal(new Uri(gateway.BaseAddress!, "/connect/token").ToString(), discovery.GetProperty("token_endpoint").GetString());
        Assert.Contains("urn:innominatus:grant-type:api-key", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("RSA", keys.GetProperty("keys")[0].GetProperty("kty").GetString());
    }
}
