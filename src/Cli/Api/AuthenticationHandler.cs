using System.Net.Http.Headers;

namespace Innominatus.Cli.Api;

/// <summary>
/// The one place where credentials meet requests. Every call to the server passes here: the credential the CLI has
/// (API key, session token or access token, see <see cref="CredentialSource"/>) goes out as
/// <c>Authorization: Bearer</c> unless the request already carries one (login uses its fresh token), and the
/// development identity headers are added only when <c>INNOMINATUS_DEV_IDENTITY</c> is set.
/// </summary>
public sealed class AuthenticationHandler(CredentialSource credentials, DevIdentity? developer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && await credentials.GetAsync(cancellationToken) is { } credential)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential.Token);
        }
        developer?.Apply(request);
        return await base.SendAsync(request, cancellationToken);
    }
}
