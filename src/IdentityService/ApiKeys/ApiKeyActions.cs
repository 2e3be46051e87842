using Innominatus.Contracts.Identity;
using Innominatus.IdentityService.Apis;
using Innominatus.IdentityService.Apis.Models;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Messaging;
using Innominatus.IdentityService.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.ApiKeys;

/// <summary>Listing, creating and revoking a user's API keys: the same for the user (profile) and for an admin.</summary>
public sealed class ApiKeyActions(IdentityDbContext db, ApiKeyStore keys, AuditLog audit, IdentityEvents events, TimeProvider clock, IOptions<ApiKeyOptions> options)
{
    public async Task<List<ApiKeyView>> ListAsync(User user, CancellationToken cancellationToken) =>
        (await keys.ListAsync(user.Id, cancellationToken)).Select(ToView).ToList();

    public async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(
        string actor, User user, CreateApiKeyRequest request, string location, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        var days = request.ExpiryDays ?? options.Value.DefaultExpiryDays;
        if (string.IsNullOrEmpty(name) || name.Length > 128)
        {
            return Problems.BadRequest("Give the key a name of 1 to 128 characters.");
        }
        if (days < 1 || days > options.Value.MaxExpiryDays)
        {
            return Problems.BadRequest($"expiryDays must be between 1 and {options.Value.MaxExpiryDays}.");
        }
        if (await keys.FindActiveAsync(user.Id, name, cancellationToken) is not null)
        {
            return Problems.Conflict($"User '{user.Username}' already has an API key named '{name}'.");
        }
        var (key, entity) = keys.Create(user, name, days);
        audit.Record(actor, "api-key.create", $"{user.Username}/{name}", AuditOutcomes.Success, $"expires {entity.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{location}/{Uri.EscapeDataString(name)}", new CreatedApiKey(key, name, user.Username, entity.CreatedAt, entity.ExpiresAt));
    }

    public async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string actor, User user, string name, CancellationToken cancellationToken)
    {
        var entity = await keys.FindActiveAsync(user.Id, name, cancellationToken);
        if (entity is null)
        {
            return Problems.NotFound($"User '{user.Username}' has no API key named '{name}'.");
        }
        entity.RevokedAt = clock.GetUtcNow();
        audit.Record(actor, "api-key.revoke", $"{user.Username}/{name}", AuditOutcomes.Success);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ApiKeyRevoked(entity.Id, user.Username, name, actor, entity.RevokedAt.Value), cancellationToken);
        return TypedResults.NoContent();
    }

    private static ApiKeyView ToView(ApiKey key) => new(key.Name, key.Prefix + "…", key.CreatedAt, key.ExpiresAt, key.LastUsedAt);
}
