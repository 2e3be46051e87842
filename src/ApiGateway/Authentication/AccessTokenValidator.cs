using Innominatus.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>Verifies an access token of the IdentityService locally: signature, issuer, audience innominatus-api, lifetime.</summary>
public sealed class AccessTokenValidator(SigningKeySource keys, IConfiguration configuration, GatewayAuthOptions options)
{
    public const string Audience = "innominatus-api";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly string issuer = configuration["Identity:Issuer"] ?? "http://localhost:8081/";

    public async Task<CallerPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        string? keyId;
        try
        {
            keyId = handler.ReadJsonWebToken(token).Kid;
        }
        catch (ArgumentException)
        {
            return null;
        }
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = Audience,
            IssuerSigningKeys = await keys.GetKeysAsync(keyId, cancellationToken),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds),
            NameClaimType = InternalCallerDefaults.NameClaim,
            RoleClaimType = InternalCallerDefaults.RolesClaim,
        });
        return result.IsValid ? CallerPrincipal.FromClaims(new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity)) : null;
    }
}
