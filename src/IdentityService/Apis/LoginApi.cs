using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Principals;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.Apis;

public static class LoginApi
{
    public static RouteGroupBuilder MapLoginApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Login");
        api.MapPost("/login", Login)
            .WithName("Login")
            .WithSummary("Checks a username and password and starts a session (cookie and bearer token).");
        api.MapPost("/logout", Logout)
            .WithName("Logout")
            .WithSummary("Ends the session of the request's cookie or bearer token.");
        return api;
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, HttpContext context, PasswordLogin login, IOptions<IssuerOptions> issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.BadRequest("Send a username and a password.");
        }
        var outcome = await login.LoginAsync(request.Username, request.Password, ClientAddress.Of(context), cancellationToken);
        if (outcome.LockedOut)
        {
            var seconds = (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(title: "Too many failed logins: lockout per account",
                detail: $"This account had repeated failed logins; it may try again in {seconds} s (the delay doubles with every further failure).",
                statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (outcome.User is null || outcome.SessionToken is null)
        {
            return Problems.Unauthorized("Invalid username or password.");
        }
        SessionCookie.Set(context, outcome.SessionToken, outcome.ExpiresAt, issuer.Value);
        var caller = PrincipalFactory.ToCaller(outcome.User);
        return TypedResults.Ok(new LoginResponse(outcome.SessionToken, "Bearer", caller.User, caller.Team, caller.Teams,
            caller.Roles.Order(StringComparer.Ordinal).ToList(), outcome.ExpiresAt));
    }

    public static async Task<NoContent> Logout(HttpContext context, SessionStore sessions, AuditLog audit, CancellationToken cancellationToken)
    {
        var token = SessionCookie.Read(context);
        if (token is not null)
        {
            var user = await sessions.FindUserAsync(token, cancellationToken);
            if (await sessions.DeleteAsync(token, cancellationToken) && user is not null)
            {
                await audit.RecordNowAsync(user.Username, "logout", user.Username, AuditOutcomes.Success, cancellationToken: cancellationToken);
            }
        }
        SessionCookie.Clear(context);
        return TypedResults.NoContent();
    }
}
