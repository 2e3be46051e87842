namespace Innominatus.ApiGateway.Authentication;

/// <summary><c>Gateway:Auth</c>.</summary>
public sealed class GatewayAuthOptions
{
    public const string Section = "Gateway:Auth";

    /// <summary>How long a checked API key or session is trusted before it is checked again: revocation takes effect within this time.</summary>
    public int CredentialCacheSeconds { get; set; } = 2;

    /// <summary>Tolerance for the expiry of access tokens.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>Where the IdentityService answers inside the cluster (service discovery name).</summary>
    public string IdentityService { get; set; } = "http://identity-service";
}
