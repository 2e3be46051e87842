extern alias gateway;
using gateway::Innominatus.ApiGateway.Authentication;
using Innominatus.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Innominatus.ServiceTests.Gateway;

/// <summary>The gateway reuses a caller's signed principal token only for the same verified principal, and only for half its lifetime.</summary>
public class CallerTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_principal_gets_the_same_token_until_half_of_its_lifetime_has_passed()
    {
        var (clock, cache) = Cache();
        var caller = Caller("alice", "user");

        var first = cache.TokenFor(caller);
        clock.Now = Start.AddSeconds(29);
        var reused = cache.TokenFor(caller);
        clock.Now = Start.AddSeconds(30);
        var renewed = cache.TokenFor(caller);

        Assert.Equal(first, reused);
        Assert.NotEqual(first, renewed);
        Assert.Equal(Start.AddSeconds(30).UtcDateTime, new JsonWebToken(renewed).IssuedAt);
    }

    [Fact]
    public void A_principal_from_a_new_credential_check_gets_its_own_token_with_its_own_roles()
    {
        var (_, cache) = Cache();

        var before = cache.TokenFor(Caller("alice", "admin"));
        var after = cache.TokenFor(Caller("alice", "user"));

        Assert.NotEqual(before, after);
        Assert.Equal("user", new JsonWebToken(after).GetClaim(InternalCallerDefaults.RolesClaim).Value);
    }

    private static (ManualClock, CallerTokenCache) Cache()
    {
        var clock = new ManualClock(Start);
        var (privateKey, _) = InternalKeys.Generate();
        return (clock, new CallerTokenCache(new InternalTokenWriter(InternalKeys.ImportPrivate(privateKey), clock, TimeSpan.FromSeconds(60)), clock));
    }

    private static CallerPrincipal Caller(string user, string role) => new(user, user, "team-a", ["team-a"], new HashSet<string> { role });
}
