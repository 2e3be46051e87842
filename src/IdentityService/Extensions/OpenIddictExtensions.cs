using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.ExternalLogin;
using Innominatus.IdentityService.Tokens;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Innominatus.IdentityService.Extensions;

public static class OpenIddictExtensions
{
    /// <summary>
    /// The OpenID Connect provider (EF Core stores in the identity schema; discovery and JWKS under /.well-known,
    /// endpoints under /connect), local validation of its own tokens, and the client for the company's provider when
    /// OIDC_ENABLED. Plain HTTP is accepted: TLS ends in front of the gateway.
    /// </summary>
    public static void AddOpenIdConnect(this IHostApplicationBuilder builder, IssuerOptions issuer, OidcSettings oidc)
    {
        builder.Services.AddSingleton<StoredKeyProtection>();
        builder.Services.AddSingleton<KeyRing>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OpenIddictKeyConfiguration>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictClientOptions>, OpenIddictKeyConfiguration>();

        var openIddict = builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer.Issuer))
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .AllowCustomFlow(ApiKeyGrant.GrantType);
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, "teams", Scopes.OfflineAccess);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.PreferredUsername, "team", "teams", "roles");
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(issuer.AccessTokenLifetimeMinutes));
                // Signed, not encrypted: the gateway verifies access tokens with the published keys.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        if (oidc.Enabled)
        {
            openIddict.AddClient(client =>
            {
                client.AllowAuthorizationCodeFlow();
                client.SetRedirectionEndpointUris(new Uri(oidc.RedirectUrl).AbsolutePath.TrimStart('/'));
                client.UseAspNetCore().EnableRedirectionEndpointPassthrough().DisableTransportSecurityRequirement().Configure(aspNetCore =>
                {
                    // The correlation cookie is Secure when the browser came over HTTPS (X-Forwarded-Proto from the
                    // gateway); Lax is enough for the provider's top-level redirect back (query response mode).
                    aspNetCore.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    aspNetCore.CookieBuilder.SameSite = SameSiteMode.Lax;
                });
                client.UseSystemNetHttp();
                var registration = new OpenIddictClientRegistration
                {
                    ProviderName = "oidc",
                    Issuer = new Uri(oidc.Issuer),
                    ClientId = oidc.ClientId,
                    ClientSecret = oidc.ClientSecret,
                    RedirectUri = new Uri(oidc.RedirectUrl),
                };
                foreach (var scope in oidc.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    registration.Scopes.Add(scope);
                }
                client.AddRegistration(registration);
            });
        }
    }
}
