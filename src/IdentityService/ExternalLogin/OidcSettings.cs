namespace Innominatus.IdentityService.ExternalLogin;

/// <summary>
/// Single sign-on through the company's OpenID Connect provider, configured as the deployment guide says:
/// <c>OIDC_ENABLED</c>, <c>OIDC_ISSUER</c>, <c>OIDC_CLIENT_ID</c>, <c>OIDC_CLIENT_SECRET</c>, <c>OIDC_REDIRECT_URL</c>.
/// Which claims carry roles and teams is set under <c>Identity:Oidc</c>.
/// </summary>
public sealed class OidcSettings
{
    public bool Enabled { get; init; }

    public string Issuer { get; init; } = "";

    public string ClientId { get; init; } = "innominatus";

    public string? ClientSecret { get; init; }

    public string RedirectUrl { get; init; } = "http://localhost:8081/auth/callback";

    public string Scopes { get; init; } = "openid profile email roles";

    public string RolesClaim { get; init; } = "roles";

    public string TeamsClaim { get; init; } = "groups";

    /// <summary>A user with any of these roles in <see cref="RolesClaim"/> becomes an Innominatus admin.</summary>
    public List<string> AdminRoles { get; init; } = ["admin"];

    public static OidcSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Identity:Oidc");
        var defaults = new OidcSettings();
        return new OidcSettings
        {
            Enabled = bool.TryParse(configuration["OIDC_ENABLED"], out var enabled) && enabled,
            // The Go original documented OIDC_ISSUER but read OIDC_ISSUER_URL; both work here, OIDC_ISSUER first.
            Issuer = configuration["OIDC_ISSUER"] ?? configuration["OIDC_ISSUER_URL"] ?? "",
            ClientId = configuration["OIDC_CLIENT_ID"] ?? defaults.ClientId,
            ClientSecret = configuration["OIDC_CLIENT_SECRET"],
            RedirectUrl = configuration["OIDC_REDIRECT_URL"] ?? defaults.RedirectUrl,
            Scopes = section["Scopes"] ?? defaults.Scopes,
            RolesClaim = section["RolesClaim"] ?? defaults.RolesClaim,
            TeamsClaim = section["TeamsClaim"] ?? defaults.TeamsClaim,
            AdminRoles = section.GetSection("AdminRoles").Get<List<string>>() ?? defaults.AdminRoles,
        };
    }
}
