using Innominatus.IdentityService.ExternalLogin;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using OpenIddict.Client.AspNetCore;

namespace Innominatus.IdentityService.Apis;

/// <summary>Browser logins: the password form, and single sign-on through the company's OIDC provider.</summary>
public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/auth").WithTags("Browser login");
        api.MapGet("/login", LoginForm).WithName("LoginForm").WithSummary("The login page.");
        api.MapPost("/login", SubmitLogin).WithName("SubmitLogin").WithSummary("Checks the form's password and returns to returnUrl with a session cookie.").DisableAntiforgery();
        api.MapGet("/oidc/login", StartSingleSignOn).WithName("StartSingleSignOn").WithSummary("Redirects to the OIDC provider (authorization code + PKCE).");
        api.MapMethods("/callback", ["GET", "POST"], CompleteSingleSignOn).WithName("CompleteSingleSignOn")
            .WithSummary("The OIDC redirect URI: verifies the answer, provisions the user and starts a session.").DisableAntiforgery();
        return api;
    }

    public static ContentHttpResult LoginForm(string? returnUrl, string? error, OidcSettings oidc) =>
        TypedResults.Content(LoginPage.Render(LoginPage.SafeReturnUrl(returnUrl), error is not null, oidc.Enabled), "text/html; charset=utf-8");

    public static async Task<RedirectHttpResult> SubmitLogin(HttpContext context, PasswordLogin login, IOptions<IssuerOptions> issuer, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = LoginPage.SafeReturnUrl(form["returnUrl"]);
        var outcome = await login.LoginAsync(form["username"].ToString(), form["password"].ToString(), ClientAddress.Of(context), cancellationToken);
        if (outcome.SessionToken is null)
        {
            return TypedResults.Redirect("/auth/login?error=1&returnUrl=" + Uri.EscapeDataString(returnUrl));
        }
        SessionCookie.Set(context, outcome.SessionToken, outcome.ExpiresAt, issuer.Value);
        return TypedResults.Redirect(returnUrl);
    }

    public static Results<ChallengeHttpResult, ProblemHttpResult> StartSingleSignOn(string? returnUrl, OidcSettings oidc) =>
        oidc.Enabled
            ? TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LoginPage.SafeReturnUrl(returnUrl) }, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme])
            : Problems.NotFound("Single sign-on is not enabled (OIDC_ENABLED).");

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> CompleteSingleSignOn(
        HttpContext context, OidcSettings oidc, ExternalUserProvisioner provisioner, SessionStore sessions, IOptions<IssuerOptions> issuer,
        Data.IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!oidc.Enabled)
        {
            return Problems.NotFound("Single sign-on is not enabled (OIDC_ENABLED).");
        }
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            return Problems.Unauthorized("The single sign-on answer could not be verified.");
        }
        var user = await provisioner.ProvisionAsync(result.Principal, cancellationToken);
        if (user is null)
        {
            return Problems.Forbidden("This identity cannot be used here; an admin can tell from the audit log why.");
        }
        var (token, session) = sessions.Create(user, "oidc");
        await db.SaveChangesAsync(cancellationToken);
        SessionCookie.Set(context, token, session.ExpiresAt, issuer.Value);
        return TypedResults.Redirect(LoginPage.SafeReturnUrl(result.Properties?.RedirectUri));
    }
}
