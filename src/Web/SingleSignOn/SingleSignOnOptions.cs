namespace Innominatus.Web.SingleSignOn;

/// <summary>
/// <c>Web:SingleSignOn</c>: the web UI as an OpenID Connect client of the IdentityService. The browser goes to
/// /connect/authorize at the public address of <see cref="RedirectUri"/>; the web server redeems the code and reads
/// the signing keys through <c>Web:Gateway</c>, the gateway's internal address.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Web:SingleSignOn";

    /// <summary>Shows the "Sign in with single sign-on" button and enables the handler.</summary>
    public bool Enabled { get; set; }

    public string ClientId { get; set; } = "innominatus-web";

    /// <summary>Empty: a public client (PKCE only), as the IdentityService registers a client without a secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The absolute public URL of the callback (…/signin-oidc), exactly as registered at the IdentityService
    /// (<c>Identity:Clients:innominatus-web:RedirectUris</c>); empty: <c>Identity:Issuer</c> + signin-oidc.
    /// </summary>
    public string? RedirectUri { get; set; }

    /// <summary>The ID token's expected issuer; empty: <c>Identity:Issuer</c>.</summary>
    public string? Issuer { get; set; }
}
