using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.Web.SingleSignOn;

/// <summary>
/// The handler's view of the IdentityService: endpoints from <see cref="IdentityEndpoints"/>, signing keys from its
/// JWKS. Not its discovery document: that names the public issuer's URLs, which the web server may not reach.
/// The keys are re-read as <see cref="ConfigurationManager{T}"/> refreshes, so a key rotation is picked up.
/// </summary>
public sealed class IdentityConfigurationRetriever(IdentityEndpoints endpoints) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = endpoints.Issuer,
            AuthorizationEndpoint = endpoints.AuthorizationEndpoint.ToString(),
            TokenEndpoint = endpoints.TokenEndpoint.ToString(),
            JwksUri = address,
            JsonWebKeySet = keys,
        };
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration;
    }
}
