using System.Net;
using System.Net.Http.Headers;

namespace Innominatus.ServiceDefaults.TokenClient;

/// <summary>Adds the client's cached access token to every request; a 401 answer drops the token so the next call fetches a new one.</summary>
public sealed class ClientCredentialsTokenHandler(ClientCredentialsTokenCache cache, ClientCredentialsOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await cache.GetTokenAsync(options, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            cache.Invalidate(options.ClientId);
        }
        return response;
    }
}
