extern alias identity;
using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class LockoutTests(IdentityStack stack)
{
    [Fact]
    public async Task Five_failures_lock_the_user_even_for_the_right_password_and_every_attempt_is_audited()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var user = "locked-" + Guid.NewGuid().ToString("N")[..6];
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "the-right-password" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Login(stack.IdentityClient, user, "wrong-password-" + i, $"203.0.113.{i + 1}")).StatusCode);
        }
        var locked = await Login(stack.IdentityClient, user, "the-right-password", "203.0.113.99");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(900, (int)locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        var audit = await SendOkAsync(gateway, HttpMethod.Get, $"/api/admin/audit?actor={user}&action=login", admin);
        var outcomes = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["denied", "failure", "failure", "failure", "failure", "failure"], outcomes);
        Assert.Equal("203.0.113.5", audit.GetProperty("items")[1].GetProperty("clientAddress").GetString());
    }

    [Fact]
    public async Task Five_failures_from_one_address_lock_that_address_for_every_user_but_not_other_addresses()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var user = "victim-" + Guid.NewGuid().ToString("N")[..6];
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "the-right-password" });
        var attacker = "198.51.100." + Random.Shared.Next(1, 250);

        for (var i = 0; i < 5; i++)
        {
            await Login(stack.IdentityClient, "guess-" + i + Guid.NewGuid().ToString("N")[..4], "guess", attacker);
        }
        var fromAttacker = await Login(stack.IdentityClient, user, "the-right-password", attacker);
        var fromElsewhere = await Login(stack.IdentityClient, user, "the-right-password", "192.0.2.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, fromAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task Lockout_is_counted_in_the_database_so_another_replica_refuses_too()
    {
        await using var replica = new ServiceFactory<identity::Program>(stack.Database);
        using var other = await replica.StartAsync();
        var user = "shared-" + Guid.NewGuid().ToString("N")[..6];

        for (var i = 0; i < 5; i++)
        {
            await Login(stack.IdentityClient, user, "wrong", "203.0.113.200");
        }
        var response = await Login(other, user, "wrong", "203.0.113.201");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Login(HttpClient identity, string username, string password, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return identity.SendAsync(request);
    }
}
