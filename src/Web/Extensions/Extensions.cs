using Innominatus.Web.Components;
using Innominatus.Web.Cookies;
using Innominatus.Web.DataProtection;
using Innominatus.Web.Gateway;
using Innominatus.Web.Live;
using Innominatus.Web.SignIn;
using Innominatus.Web.SingleSignOn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Innominatus.Web.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.AddSharedKeyRing();
        var secure = builder.AddCookieSecurity();
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
            cookie.Cookie.SecurePolicy = secure;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/signin";
            cookie.SlidingExpiration = false;
        }).AddSingleSignOn(builder);
        var gateway = new Uri(builder.Configuration["Web:Gateway"] ?? "http://gateway");
        // No cookie container: a pooled handler must never carry one user's session to another user's call.
        var http = builder.Services.AddHttpClient(GatewayClient.HttpClientName, client => client.BaseAddress = gateway)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false });
        // Retries only for reads: a deploy, retry or cancel must not be sent twice because an answer was slow.
        // The defaults' handler (AddServiceDefaults) would retry POSTs; removing it is still marked experimental.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        });
        builder.Services.AddScoped<GatewayClient>();
        builder.AddLiveUpdates(gateway);
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
