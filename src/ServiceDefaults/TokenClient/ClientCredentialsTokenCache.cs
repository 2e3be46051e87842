using System.Collections.Concurrent;
using Duende.IdentityModel.Client;

namespace Innominatus.ServiceDefaults.TokenClient;

/// <summary>One access token per client, fetched with the client credentials grant and reused until a minute before it expires.</summary>
public sealed class ClientCredentialsTokenCache(IHttpClientFactory clients, TimeProvider clock)
{
    public const string HttpClientName = "innominatus-token-client";

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RefreshAt)> tokens = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<string> GetTokenAsync(ClientCredentialsOptions options, CancellationToken cancellationToken)
    {
        if (tokens.TryGetValue(options.ClientId, out var cached) && cached.RefreshAt > clock.GetUtcNow())
        {
            return cached.Token;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (tokens.TryGetValue(options.ClientId, out cached) && cached.RefreshAt > clock.GetUtcNow())
            {
                return cached.Token;
            }
            var response = await clients.CreateClient(HttpClientName).RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
            {
                Address = options.TokenEndpoint,
                ClientId = options.ClientId,
                ClientSecret = options.ClientSecret,
                Scope = options.Scope,
            }, cancellationToken);
            if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
            {
                throw new HttpRequestException($"Client '{options.ClientId}' got no token from {options.TokenEndpoint}: {response.Error}");
            }
            var lifetime = TimeSpan.FromSeconds(Math.Max(response.ExpiresIn, 60));
            tokens[options.ClientId] = (response.AccessToken, clock.GetUtcNow() + lifetime - TimeSpan.FromSeconds(Math.Min(60, lifetime.TotalSeconds / 2)));
            return response.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets a token the server refused (for example after the IdentityService rotated its keys).</summary>
    public void Invalidate(string clientId) => tokens.TryRemove(clientId, out _);
}
