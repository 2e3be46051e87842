using System.Net.Http.Headers;
using System.Net.Http.Json;
using Innominatus.Web.Gateway;
using Innominatus.Web.SingleSignOn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Innominatus.Web.SignIn;

/// <summary>
/// Form posts of the sign-in page and the sign-out button (antiforgery-checked, as form-bound endpoints are). The
/// password goes to the identity service's login through the gateway, and only the session token it returns is kept.
/// Single sign-on starts at /signin/sso (a GET: it changes nothing until the IdentityService's answer comes back).
/// </summary>
public static partial class SignInEndpoints
{
    public static void MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signin", SignInAsync).AllowAnonymous();
        app.MapGet("/signin/sso", SingleSignOn).AllowAnonymous();
        app.MapPost("/signout", SignOutAsync);
    }

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, HttpContext context, IHttpClientFactory clients, ILoggerFactory loggers)
    {
        var returnUrl = LocalUrl(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.Username) || string.IsNullOrEmpty(form.Password))
        {
            return Back("missing", returnUrl);
        }
        using var gateway = clients.CreateClient(GatewayClient.HttpClientName);
        using var response = await gateway.PostAsJsonAsync("/api/login", new { username = form.Username, password = form.Password }, context.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(loggers.CreateLogger(typeof(SignInEndpoints)), (int)response.StatusCode);
            return Back((int)response.StatusCode == StatusCodes.Status429TooManyRequests ? "locked" : "invalid", returnUrl);
        }
        var login = (await response.Content.ReadFromJsonAsync<LoginResult>(context.RequestAborted))!;
        var principal = WebSession.Principal(login.Username, login.Token, login.Team, login.Roles);
        await context.SignInAsync(principal, new AuthenticationProperties { ExpiresUtc = login.ExpiresAt, IsPersistent = false });
        return Results.LocalRedirect(returnUrl);
    }

    /// <summary>Starts the authorization code flow at the IdentityService; the handler's callback signs the cookie in.</summary>
    private static IResult SingleSignOn(string? returnUrl, IOptions<SingleSignOnOptions> sso) =>
        sso.Value.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) }, [SingleSignOnExtensions.Scheme])
            : Results.NotFound();

    private static async Task<IResult> SignOutAsync(HttpContext context, IHttpClientFactory clients)
    {
        if (WebSession.Token(context.User) is { } token)
        {
            using var gateway = clients.CreateClient(GatewayClient.HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/logout");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            // A password session ends at the identity service too, not only in this browser. A single sign-on access
            // token is not a session there: the call changes nothing and the token runs out (docs/web.md).
            using var _ = await gateway.SendAsync(request, context.RequestAborted);
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/signin?signedOut=true");
    }

    private static IResult Back(string error, string returnUrl) =>
        Results.LocalRedirect($"/signin?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>Only a path of this site: an absolute URL would make the sign-in page an open redirect.</summary>
    private static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused by the gateway: {Status}")]
    private static partial void LogRefused(ILogger logger, int status);
}
