using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Principals;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Tokens;
using Innominatus.IdentityService.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Innominatus.IdentityService.Apis;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: who the user is at /connect/authorize, what a grant is worth at /connect/token.</summary>
public static class ConnectApi
{
    public static RouteGroupBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/connect").WithTags("OpenID Connect").ExcludeFromDescription();
        api.MapMethods("/authorize", ["GET", "POST"], Authorize).WithName("Authorize").WithSummary("Authorization code + PKCE for the CLI and browsers.");
        api.MapPost("/token", Token).WithName("Token").WithSummary("Code, refresh token, client credentials and API key grants.");
        return api;
    }

    public static async Task<IResult> Authorize(HttpContext context, SessionStore sessions, AuditLog audit, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var token = SessionCookie.Read(context);
        var user = token is null ? null : await sessions.FindUserAsync(token, cancellationToken);
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not logged in.");
            }
            var query = context.Request.HasFormContentType
                ? QueryString.Create((await context.Request.ReadFormAsync(cancellationToken)).Select(p => KeyValuePair.Create(p.Key, p.Value)))
                : context.Request.QueryString;
            return Results.Redirect("/auth/login?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + query));
        }
        await audit.RecordNowAsync(user.Username, "authorize", request.ClientId, AuditOutcomes.Success, cancellationToken: cancellationToken);
        return Results.SignIn(TokenPrincipals.Create(PrincipalFactory.ToCaller(user), request.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static async Task<IResult> Token(HttpContext context, IdentityDbContext db, ApiKeyStore keys, AuditLog audit, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            return SignIn(PrincipalFactory.ForService(request.ClientId!), request);
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var user = Guid.TryParse(subject, out var id) ? await db.WithTeams().FirstOrDefaultAsync(u => u.Id == id, cancellationToken) : null;
            return user is null || user.Disabled
                ? Forbid(Errors.InvalidGrant, "The user no longer exists or is disabled.")
                : Results.SignIn(TokenPrincipals.Create(PrincipalFactory.ToCaller(user), result.Principal!.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }
        if (request.GrantType == ApiKeyGrant.GrantType)
        {
            var key = (string?)request[ApiKeyGrant.ApiKeyParameter];
            var user = string.IsNullOrEmpty(key) ? null : await keys.FindUserAsync(key, cancellationToken);
            if (user is null)
            {
                await audit.RecordNowAsync("anonymous", "token.api-key", request.ClientId, AuditOutcomes.Failure, "invalid, expired or revoked API key", cancellationToken);
                return Forbid(Errors.InvalidGrant, "The API key is invalid, expired or revoked.");
            }
            await audit.RecordNowAsync(user.Username, "token.api-key", request.ClientId, AuditOutcomes.Success, cancellationToken: cancellationToken);
            return SignIn(PrincipalFactory.ToCaller(user), request);
        }
        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static IResult SignIn(ServiceDefaults.Security.CallerPrincipal caller, OpenIddictRequest request) =>
        Results.SignIn(TokenPrincipals.Create(caller, request.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
