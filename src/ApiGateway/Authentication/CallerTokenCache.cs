using System.Runtime.CompilerServices;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// The signed principal token of a verified caller, reused while at least half of its lifetime remains: an ES256
/// signature and the token's JSON cost more than the rest of a proxied request. Keyed by the <see cref="CallerPrincipal"/>
/// object itself, not by its content: the credential check hands out one object per check (<see cref="CredentialChecker"/>
/// keeps it for <see cref="GatewayAuthOptions.CredentialCacheSeconds"/>), so a re-checked credential (roles changed,
/// key revoked) gets a token of its own, and no token outlives the principal it was written for.
/// </summary>
public sealed class CallerTokenCache(InternalTokenWriter writer, TimeProvider clock)
{
    private readonly ConditionalWeakTable<CallerPrincipal, IssuedToken> tokens = [];

    public string TokenFor(CallerPrincipal caller)
    {
        var now = clock.GetUtcNow();
        if (tokens.TryGetValue(caller, out var issued) && now >= issued.At && now - issued.At < writer.Lifetime / 2)
        {
            return issued.Token;
        }
        var token = writer.Write(caller);
        tokens.AddOrUpdate(caller, new IssuedToken(token, now));
        return token;
    }

    private sealed record IssuedToken(string Token, DateTimeOffset At);
}
