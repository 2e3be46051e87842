using Innominatus.Web.Components;
using Innominatus.Web.Gateway;
using Innominatus.Web.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Innominatus.Web.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();
        // The session token lives only in this cookie, encrypted by data protection: never in the page or a log.
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = WebSession.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/signin";
            cookie.SlidingExpiration = false;
        });
        var gateway = new Uri(builder.Configuration["Web:Gateway"] ?? "http://gateway");
        // No cookie container: a pooled handler must never carry one user's session to another user's call.
        builder.Services.AddHttpClient(GatewayClient.HttpClientName, client => client.BaseAddress = gateway)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false });
        builder.Services.AddScoped<GatewayClient>();
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
