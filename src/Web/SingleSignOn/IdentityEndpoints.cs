namespace Innominatus.Web.SingleSignOn;

/// <summary>
/// Where the web UI reaches the IdentityService's OpenID Connect endpoints. The browser is sent to the public address
/// (the origin of the registered redirect URI); the web server redeems codes and reads the signing keys through the
/// gateway's internal address, because inside the cluster the public address may not resolve, or not to the gateway.
/// </summary>
public sealed record IdentityEndpoints(string Issuer, Uri RedirectUri, Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri JwksUri)
{
    public const string CallbackPath = "/signin-oidc";

    public static IdentityEndpoints From(SingleSignOnOptions options, string? identityIssuer, Uri gateway)
    {
        var issuer = FirstSet(options.Issuer, identityIssuer)
            ?? throw new InvalidOperationException($"{SingleSignOnOptions.Section}:Issuer or Identity:Issuer must be set for single sign-on.");
        var configured = FirstSet(options.RedirectUri) ?? issuer.TrimEnd('/') + CallbackPath;
        // Scheme checked too: on Linux "/signin-oidc" parses as an absolute file: URI.
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var redirect) || (redirect.Scheme != Uri.UriSchemeHttp && redirect.Scheme != Uri.UriSchemeHttps)
            || !redirect.AbsolutePath.EndsWith(CallbackPath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{SingleSignOnOptions.Section}:RedirectUri must be an absolute http(s) URL ending in {CallbackPath}, got '{configured}'.");
        }
        // The gateway serves /connect beside the web UI's callback, at the same public address.
        var publicBase = new Uri(redirect, ".");
        return new IdentityEndpoints(
            issuer,
            redirect,
            new Uri(publicBase, "connect/authorize"),
            new Uri(gateway, "connect/token"),
            new Uri(gateway, ".well-known/jwks"));
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
