namespace Innominatus.IdentityService.Tokens;

/// <summary>
/// An OAuth client under <c>Identity:Clients:&lt;client id&gt;</c>. With a secret it is confidential, without one public
/// (PKCE is required of every client anyway). Grant types: authorization_code, refresh_token, client_credentials and
/// <see cref="ApiKeyGrant.GrantType"/>.
/// </summary>
public sealed class ClientDefinition
{
    public string? DisplayName { get; set; }

    public string? Secret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> GrantTypes { get; set; } = [];

    public List<string> Scopes { get; set; } = ["profile", "email", "roles", "teams"];
}
