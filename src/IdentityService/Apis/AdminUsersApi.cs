using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Users;
using Innominatus.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.Apis;

public static class AdminUsersApi
{
    public static RouteGroupBuilder MapAdminUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/users").WithTags("Users").RequireAuthorization(InternalCallerDefaults.AdminPolicy);
        api.MapGet("/", ListUsers).WithName("ListUsers").WithSummary("Every user account (admin only).");
        api.MapPost("/", CreateUser).WithName("CreateUser").WithSummary("Creates a local user with a password, a role and optionally a team.");
        api.MapGet("/{username}", GetUser).WithName("GetUser").WithSummary("One user account.");
        api.MapPut("/{username}", UpdateUser).WithName("UpdateUser").WithSummary("Changes password, primary team, role, e-mail or disabled state.");
        api.MapDelete("/{username}", DeleteUser).WithName("DeleteUser").WithSummary("Deletes a user with their sessions, keys and memberships.");
        api.MapGet("/{username}/api-keys", ListKeys).WithName("ListUserApiKeys").WithSummary("A user's API keys (never the keys themselves).");
        api.MapPost("/{username}/api-keys", CreateKey).WithName("CreateUserApiKey").WithSummary("Creates an API key for a user; shown once.");
        api.MapDelete("/{username}/api-keys/{name}", RevokeKey).WithName("RevokeUserApiKey").WithSummary("Revokes a user's API key.");
        return api;
    }

    public static async Task<Ok<List<UserView>>> ListUsers(IdentityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.WithTeams().OrderBy(u => u.Username).ToListAsync(cancellationToken)).Select(u => u.ToView()).ToList());

    public static Task<Results<Created<UserView>, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, CallerPrincipal caller, UserAdministration users, CancellationToken cancellationToken) =>
        users.CreateAsync(caller.User, request, cancellationToken);

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> GetUser(string username, IdentityDbContext db, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user ? TypedResults.Ok(user.ToView()) : NoSuchUser(username);

    public static async Task<Results<Ok<UserView>, ProblemHttpResult>> UpdateUser(
        string username, UpdateUserRequest request, CallerPrincipal caller, IdentityDbContext db, UserAdministration users, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user ? await users.UpdateAsync(caller.User, user, request, cancellationToken) : NoSuchUser(username);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteUser(
        string username, CallerPrincipal caller, IdentityDbContext db, UserAdministration users, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user ? await users.DeleteAsync(caller.User, user, cancellationToken) : NoSuchUser(username);

    public static async Task<Results<Ok<UserApiKeys>, ProblemHttpResult>> ListKeys(string username, IdentityDbContext db, ApiKeyActions keys, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user
            ? TypedResults.Ok(new UserApiKeys(user.Username, await keys.ListAsync(user, cancellationToken)))
            : NoSuchUser(username);

    public static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateKey(
        string username, CreateApiKeyRequest request, CallerPrincipal caller, IdentityDbContext db, ApiKeyActions keys, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user
            ? await keys.CreateAsync(caller.User, user, request, $"/api/admin/users/{user.Username}/api-keys", cancellationToken)
            : NoSuchUser(username);

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(
        string username, string name, CallerPrincipal caller, IdentityDbContext db, ApiKeyActions keys, CancellationToken cancellationToken) =>
        await db.FindByNameAsync(username, cancellationToken) is { } user ? await keys.RevokeAsync(caller.User, user, name, cancellationToken) : NoSuchUser(username);

    private static ProblemHttpResult NoSuchUser(string username) => Problems.NotFound($"User '{username}' does not exist.");
}
