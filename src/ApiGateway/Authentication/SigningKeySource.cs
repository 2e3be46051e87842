using Microsoft.IdentityModel.Tokens;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// The IdentityService's token signing keys, read from its JWKS inside the cluster (not through the public issuer URL)
/// and kept for ten minutes; an unknown key id triggers one early refresh at most every 30 seconds.
/// </summary>
public sealed class SigningKeySource(IHttpClientFactory clients, TimeProvider clock)
{
    public const string HttpClientName = "identity-jwks";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<SecurityKey> keys = [];
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var age = clock.GetUtcNow() - fetchedAt;
        var unknown = keyId is not null && keys.All(k => k.KeyId != keyId);
        if (age < TimeSpan.FromMinutes(10) && !(unknown && age > TimeSpan.FromSeconds(30)))
        {
            return keys;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - fetchedAt >= TimeSpan.FromSeconds(30) || keys.Count == 0)
            {
                var json = await clients.CreateClient(HttpClientName).GetStringAsync("/.well-known/jwks", cancellationToken);
                keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
                fetchedAt = clock.GetUtcNow();
            }
            return keys;
        }
        finally
        {
            gate.Release();
        }
    }
}
