namespace Innominatus.IdentityService.Tokens;

/// <summary><c>Identity:*</c>: how the IdentityService appears to the outside.</summary>
public sealed class IssuerOptions
{
    public const string Section = "Identity";

    /// <summary>The public base address, as clients reach it through the gateway; the <c>iss</c> of every token.</summary>
    public string Issuer { get; set; } = "http://localhost:8081/";

    public int AccessTokenLifetimeMinutes { get; set; } = 15;

    /// <summary>The audience of the access tokens the gateway accepts.</summary>
    public const string ApiAudience = "innominatus-api";

    public bool SecureCookies => Issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
