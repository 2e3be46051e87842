using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Principals;
using Innominatus.IdentityService.Users;
using Innominatus.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Apis;

public static class ProfileApi
{
    public static RouteGroupBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/profile").WithTags("Profile").RequireAuthorization();
        api.MapGet("/", GetProfile).WithName("GetProfile").WithSummary("Who the caller is: username, teams and roles.");
        api.MapGet("/api-keys", ListKeys).WithName("ListOwnApiKeys").WithSummary("The caller's API keys (never the keys themselves).");
        api.MapPost("/api-keys", CreateKey).WithName("CreateOwnApiKey").WithSummary("Creates an API key for the caller; the response is the only time the key is shown.");
        api.MapDelete("/api-keys/{name}", RevokeKey).WithName("RevokeOwnApiKey").WithSummary("Revokes one of the caller's API keys; gateways refuse it within seconds.");
        return api;
    }

    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetProfile(CallerPrincipal caller, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await FindAsync(caller, db, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound($"'{caller.User}' is not a user account.");
        }
        var current = PrincipalFactory.ToCaller(user);
        return TypedResults.Ok(new ProfileResponse(user.Username, user.Email, current.Team, current.Teams,
            current.Roles.Order(StringComparer.Ordinal).ToList(), current.IsAdmin, user.Source));
    }

    public static async Task<Results<Ok<List<ApiKeyView>>, ProblemHttpResult>> ListKeys(CallerPrincipal caller, IdentityDbContext db, ApiKeyActions actions, CancellationToken cancellationToken)
    {
        var user = await FindAsync(caller, db, cancellationToken);
        return user is null ? Problems.NotFound($"'{caller.User}' is not a user account.") : TypedResults.Ok(await actions.ListAsync(user, cancellationToken));
    }

    public static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateKey(
        CreateApiKeyRequest request, CallerPrincipal caller, IdentityDbContext db, ApiKeyActions actions, CancellationToken cancellationToken)
    {
        var user = await FindAsync(caller, db, cancellationToken);
        return user is null
            ? Problems.NotFound($"'{caller.User}' is not a user account.")
            : await actions.CreateAsync(caller.User, user, request, "/api/profile/api-keys", cancellationToken);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string name, CallerPrincipal caller, IdentityDbContext db, ApiKeyActions actions, CancellationToken cancellationToken)
    {
        var user = await FindAsync(caller, db, cancellationToken);
        return user is null ? Problems.NotFound($"'{caller.User}' is not a user account.") : await actions.RevokeAsync(caller.User, user, name, cancellationToken);
    }

    private static Task<User?> FindAsync(CallerPrincipal caller, IdentityDbContext db, CancellationToken cancellationToken) =>
        Guid.TryParse(caller.UserId, out var id)
            ? db.WithTeams().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            : Task.FromResult<User?>(null);
}
