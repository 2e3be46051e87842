using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// Rule "lockout per account with growing delays": failed logins delay only the account they name, from whatever
/// address, and never an address: behind an ingress every client may share one. These replicas wait a first delay of
/// 60 s (the default is 1 s) so that the lock is still on when the test looks.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class LockoutTests(IdentityStack stack)
{
    private static readonly Dictionary<string, string> SlowLockout = new() { ["Identity:Lockout:FirstDelaySeconds"] = "60" };

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password_and_every_attempt_is_audited()
    {
        await using var replica = stack.NewIdentityReplica(SlowLockout);
        using var identityClient = await replica.StartAsync();
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var user = "locked-" + Guid.NewGuid().ToString("N")[..6];
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "the-right-password" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await Login(identityClient, user, "wrong-password-" + i, $"203.0.113.{i + 1}")).StatusCode);
        }
        var locked = await Login(identityClient, user, "the-right-password", "203.0.113.99");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lockout per account", await locked.Content.ReadAsStringAsync());
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 50, 60);
        var audit = await SendOkAsync(gateway, HttpMethod.Get, $"/api/admin/audit?actor={user}&action=login", admin);
        var outcomes = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["denied", "failure", "failure", "failure", "failure", "failure"], outcomes);
        Assert.Equal("203.0.113.5", audit.GetProperty("items")[1].GetProperty("clientAddress").GetString());
    }

    [Fact]
    public async Task Failures_for_unknown_users_from_one_address_lock_no_other_account_at_that_address()
    {
        await using var replica = stack.NewIdentityReplica(SlowLockout);
        using var identityClient = await replica.StartAsync();
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var user = "victim-" + Guid.NewGuid().ToString("N")[..6];
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "the-right-password" });
        var sharedAddress = "198.51.100." + Random.Shared.Next(1, 250);
        var guessed = "guess-" + Guid.NewGuid().ToString("N")[..6];

        for (var i = 0; i < 10; i++)
        {
            await Login(identityClient, i % 2 == 0 ? guessed : "guess-" + i + Guid.NewGuid().ToString("N")[..4], "guess", sharedAddress);
        }
        var guessedAgain = await Login(identityClient, guessed, "guess", sharedAddress);
        var victim = await Login(identityClient, user, "the-right-password", sharedAddress);

        Assert.Equal(HttpStatusCode.TooManyRequests, guessedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, victim.StatusCode);
    }

    [Fact]
    public async Task Every_further_failure_doubles_the_accounts_delay()
    {
        await using var replica = stack.NewIdentityReplica(new Dictionary<string, string>
        {
            ["Identity:Lockout:MaxFailures"] = "2",
            ["Identity:Lockout:FirstDelaySeconds"] = "2",
        });
        using var identityClient = await replica.StartAsync();
        var user = "slow-" + Guid.NewGuid().ToString("N")[..6];

        await Login(identityClient, user, "wrong", "203.0.113.10");
        await Login(identityClient, user, "wrong", "203.0.113.10");
        var firstLock = await Login(identityClient, user, "wrong", "203.0.113.10");
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        var afterTheDelay = await Login(identityClient, user, "wrong", "203.0.113.10");
        var secondLock = await Login(identityClient, user, "wrong", "203.0.113.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstLock.StatusCode);
        Assert.InRange(firstLock.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 2);
        Assert.Equal(HttpStatusCode.Unauthorized, afterTheDelay.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, secondLock.StatusCode);
        Assert.InRange(secondLock.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3, 4);
    }

    [Fact]
    public async Task Lockout_is_counted_in_the_database_so_another_replica_refuses_too()
    {
        await using var first = stack.NewIdentityReplica(SlowLockout);
        await using var second = stack.NewIdentityReplica(SlowLockout);
        using var one = await first.StartAsync();
        using var other = await second.StartAsync();
        var user = "shared-" + Guid.NewGuid().ToString("N")[..6];

        for (var i = 0; i < 5; i++)
        {
            await Login(one, user, "wrong", "203.0.113.200");
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
