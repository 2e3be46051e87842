using System.Diagnostics;
using System.Net;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class RevocationTests(IdentityStack stack)
{
    [Fact]
    public async Task A_revoked_key_is_refused_by_every_gateway_replica_within_five_seconds()
    {
        await using var secondGateway = stack.NewGateway();
        using var first = stack.Gateway.CreateClient();
        using var second = secondGateway.CreateClient();
        var admin = await LoginAsync(first, "admin", IdentityStack.AdminPassword);
        var name = "revoke-" + Guid.NewGuid().ToString("N")[..6];
        var key = await CreateApiKeyAsync(first, admin, name);
        // Both replicas have checked the key and hold the answer in their caches.
        Assert.Equal(HttpStatusCode.OK, (await first.SendAsync(Request(HttpMethod.Get, "/api/profile", apiKey: key))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(Request(HttpMethod.Get, "/api/profile", apiKey: key))).StatusCode);

        await SendOkAsync(first, HttpMethod.Delete, $"/api/profile/api-keys/{name}", admin);
        var clock = Stopwatch.StartNew();
        var refusedBy = new HashSet<string>();
        while (refusedBy.Count < 2 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var (replica, client) in new[] { ("first", first), ("second", second) })
            {
                if ((await client.SendAsync(Request(HttpMethod.Get, "/api/profile", apiKey: key))).StatusCode == HttpStatusCode.Unauthorized)
                {
                    refusedBy.Add(replica);
                }
            }
            await Task.Delay(100);
        }

        Assert.Equal(2, refusedBy.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Logging_out_ends_the_session_on_every_replica()
    {
        await using var secondGateway = stack.NewGateway();
        using var first = stack.Gateway.CreateClient();
        using var second = secondGateway.CreateClient();
        var session = await LoginAsync(first, "admin", IdentityStack.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await second.SendAsync(Request(HttpMethod.Get, "/api/profile", session))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await first.SendAsync(Request(HttpMethod.Post, "/api/logout", session))).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(HttpStatusCode.Unauthorized, (await second.SendAsync(Request(HttpMethod.Get, "/api/profile", session))).StatusCode);
    }

    [Fact]
    public async Task A_gateway_the_IdentityService_does_not_trust_answers_503_and_never_blames_the_caller()
    {
        await using var misconfigured = stack.NewGateway(new Dictionary<string, string> { ["Gateway:IdentityClient:ClientSecret"] = "not-the-secret" });
        using var first = stack.Gateway.CreateClient();
        using var client = misconfigured.CreateClient();
        var admin = await LoginAsync(first, "admin", IdentityStack.AdminPassword);

        var response = await client.SendAsync(Request(HttpMethod.Get, "/api/profile", admin));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
