namespace Innominatus.ServiceDefaults.TokenClient;

/// <summary>A confidential client of the IdentityService; its secret comes from configuration, never from code.</summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>Default: the IdentityService's token endpoint through service discovery.</summary>
    public string TokenEndpoint { get; set; } = "http://identity-service/connect/token";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string? Scope { get; set; }
}
