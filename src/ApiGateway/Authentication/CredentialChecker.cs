using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Innominatus.ServiceDefaults.Security;
using Microsoft.Extensions.Caching.Memory;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// Asks the IdentityService whether an API key or session token is valid, and remembers the answer (good or bad) for
/// <see cref="GatewayAuthOptions.CredentialCacheSeconds"/>: a revoked key stops working on every replica within that time.
/// The cache is keyed by a hash; the credential itself is never kept or logged.
/// </summary>
public sealed class CredentialChecker(IHttpClientFactory clients, IMemoryCache cache, GatewayAuthOptions options)
{
    public const string HttpClientName = "identity-credentials";

    private static readonly object Invalid = new();

    public async Task<CallerPrincipal?> CheckAsync(string credential, CancellationToken cancellationToken)
    {
        var key = "credential:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(credential)));
        if (cache.TryGetValue(key, out var cached))
        {
            return cached as CallerPrincipal;
        }
        using var response = await clients.CreateClient(HttpClientName).PostAsJsonAsync("/internal/credentials/check", new { credential }, cancellationToken);
        CallerPrincipal? caller = null;
        if (response.IsSuccessStatusCode)
        {
            var result = await response.Content.ReadFromJsonAsync<CredentialCheckResult>(cancellationToken);
            caller = result is null ? null : new CallerPrincipal(result.UserId, result.Username, result.Team, result.Teams, result.Roles.ToHashSet(StringComparer.Ordinal));
        }
        else if (response.StatusCode != HttpStatusCode.NotFound)
        {
            // The IdentityService is unwell or refused the gateway's own token (401/403): not the caller's fault, not cached.
            throw new HttpRequestException($"The IdentityService answered {(int)response.StatusCode} to a credential check.", null, response.StatusCode);
        }
        cache.Set(key, caller ?? Invalid, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(0.1, options.CredentialCacheSeconds)),
            Size = 1,
        });
        return caller;
    }
}
