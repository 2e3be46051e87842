namespace Innominatus.AppHost.Security;

public static class WebSingleSignOnExtensions
{
    public const string SettingKey = "Web:SingleSignOn";

    /// <summary>
    /// The web UI's "Sign in with single sign-on" button: on when the AppHost's <c>Web:SingleSignOn</c> is true, else
    /// when <c>OIDC_ENABLED</c> is (the company's provider behind the IdentityService's login page). The IdentityService
    /// registers the public client innominatus-web (its appsettings) with the callback at the gateway's address: the
    /// allocated endpoint in run mode, the issuer (the public URL) when publishing.
    /// </summary>
    public static void AddWebSingleSignOn(this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> identity,
        IResourceBuilder<ProjectResource> web, IResourceBuilder<ProjectResource> gateway, SecurityParameters security)
    {
        var setting = builder.Configuration[SettingKey] ?? builder.Configuration["OIDC_ENABLED"];
        if (!bool.TryParse(setting, out var enabled) || !enabled)
        {
            return;
        }
        var redirect = builder.ExecutionContext.IsRunMode
            ? ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/signin-oidc")
            : ReferenceExpression.Create($"{security.Issuer.TrimEnd('/')}/signin-oidc");
        identity.WithEnvironment("Identity__Clients__innominatus-web__RedirectUris__0", redirect);
        web.WithEnvironment("Web__SingleSignOn__Enabled", "true")
            .WithEnvironment("Web__SingleSignOn__RedirectUri", redirect)
            .WithEnvironment("Identity__Issuer", security.Issuer);
    }
}
