using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.ServiceDefaults.Security;

/// <summary>Signs the internal caller token. The gateway holds the only production signing key; tests hold their own.</summary>
public sealed class InternalTokenWriter(ECDsaSecurityKey signingKey, TimeProvider clock, TimeSpan lifetime)
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials credentials = new(signingKey, SecurityAlgorithms.EcdsaSha256);

    public TimeSpan Lifetime => lifetime;

    public string Write(CallerPrincipal caller)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [InternalCallerDefaults.SubjectClaim] = caller.UserId,
            [InternalCallerDefaults.NameClaim] = caller.User,
            [InternalCallerDefaults.TeamsClaim] = caller.Teams.ToArray(),
            [InternalCallerDefaults.RolesClaim] = caller.Roles.Order(StringComparer.Ordinal).ToArray(),
        };
        if (caller.Team is not null)
        {
            claims[InternalCallerDefaults.TeamClaim] = caller.Team;
        }
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = InternalCallerDefaults.Issuer,
            Audience = InternalCallerDefaults.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }
}
