using System.Collections.Immutable;
using System.Security.Claims;
using Innominatus.IdentityService.Principals;
using Innominatus.ServiceDefaults.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Innominatus.IdentityService.Tokens;

public static class TokenPrincipals
{
    /// <summary>The principal OpenIddict turns into tokens: sub, name, preferred_username, team, teams, roles; audience innominatus-api.</summary>
    public static ClaimsPrincipal Create(CallerPrincipal caller, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(PrincipalFactory.Claims(caller), TokenValidationParameters.DefaultAuthenticationType, Claims.Name, "roles");
        identity.SetScopes(scopes);
        identity.SetResources(IssuerOptions.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
