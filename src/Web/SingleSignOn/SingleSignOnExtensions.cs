using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Innominatus.Web.SingleSignOn;

public static class SingleSignOnExtensions
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    public const string BackchannelClientName = "identity-backchannel";

    /// <summary>
    /// Authorization code + PKCE against the IdentityService with the in-box handler, when <c>Web:SingleSignOn:Enabled</c>.
    /// The handler's own cookies (correlation, nonce) are Lax and follow the request's scheme: the IdentityService
    /// answers with a top-level GET redirect (response_mode=query), and TLS ends in front of the gateway.
    /// </summary>
    public static AuthenticationBuilder AddSingleSignOn(this AuthenticationBuilder authentication, WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SingleSignOnOptions.Section);
        builder.Services.Configure<SingleSignOnOptions>(section);
        var settings = section.Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!settings.Enabled)
        {
            return authentication;
        }
        var gateway = new Uri(builder.Configuration["Web:Gateway"] ?? "http://gateway");
        var endpoints = IdentityEndpoints.From(settings, builder.Configuration["Identity:Issuer"], gateway);
        // No retries: a code is redeemed once, so a slow answer must not send the token request twice.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient(BackchannelClientName).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        authentication.AddOpenIdConnect(Scheme, oidc =>
        {
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = string.IsNullOrEmpty(settings.ClientSecret) ? null : settings.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            oidc.UsePkce = true;
            oidc.CallbackPath = IdentityEndpoints.CallbackPath;
            oidc.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "roles" })
            {
                oidc.Scope.Add(scope);
            }
            // The tokens live in the sign-in cookie as the password login's token does (WebSession), not a second time.
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.MapInboundClaims = false;
            oidc.DisableTelemetry = true;
            oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.Events = new SingleSignOnEvents(endpoints);
        });
        builder.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IHttpClientFactory>((oidc, clients) =>
        {
            // Service discovery resolves Web:Gateway for this client as for the API calls.
            oidc.Backchannel = clients.CreateClient(BackchannelClientName);
            oidc.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                endpoints.JwksUri.ToString(), new IdentityConfigurationRetriever(endpoints), new HttpDocumentRetriever(oidc.Backchannel) { RequireHttps = false });
        });
        return authentication;
    }
}
