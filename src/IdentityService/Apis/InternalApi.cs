using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Principals;
using Innominatus.IdentityService.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.IdentityService.Apis;

/// <summary>
/// For the gateway only (not routed by it): is this API key or session token valid, and whose is it? Callers need a
/// client-credentials token of a client in <c>Identity:CredentialCheck:AllowedClients</c>.
/// </summary>
public static class InternalApi
{
    public const string Policy = "credential-check";

    public static RouteGroupBuilder MapInternalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal").WithTags("Internal").RequireAuthorization(Policy).ExcludeFromDescription();
        api.MapPost("/credentials/check", Check).WithName("CheckCredential").WithSummary("Validates an API key or session token for the gateway.");
        return api;
    }

    public static async Task<Results<Ok<CredentialCheckResponse>, ProblemHttpResult>> Check(
        CredentialCheckRequest request, ApiKeyStore keys, SessionStore sessions, CancellationToken cancellationToken)
    {
        var credential = request.Credential ?? "";
        var (user, kind) = credential.StartsWith(SecretTokens.SessionPrefix, StringComparison.Ordinal)
            ? (await sessions.FindUserAsync(credential, cancellationToken), "session")
            : (await keys.FindUserAsync(credential, cancellationToken), "api-key");
        if (user is null)
        {
            // 404, not 401: a 401 here means the gateway's own token was refused, which the gateway must not take for
            // the caller's fault (and cache).
            return Problems.NotFound("No valid credential matches: it is invalid, expired or revoked.");
        }
        var caller = PrincipalFactory.ToCaller(user);
        return TypedResults.Ok(new CredentialCheckResponse(caller.UserId, caller.User, caller.Team, caller.Teams, caller.Roles.Order(StringComparer.Ordinal).ToList(), kind));
    }
}
