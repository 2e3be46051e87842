using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.IdentityService.ApiKeys;

public sealed class ApiKeyStore(IdentityDbContext db, TimeProvider clock)
{
    /// <summary>Adds a key to the unit of work; the returned key text is the only copy.</summary>
    public (string Key, ApiKey Entity) Create(User user, string name, int expiryDays)
    {
        var key = SecretTokens.NewApiKey();
        var now = clock.GetUtcNow();
        var entity = new ApiKey
        {
            UserId = user.Id,
            Name = name,
            KeyHash = SecretTokens.Hash(key),
            Prefix = key[..(SecretTokens.ApiKeyPrefix.Length + 6)],
            CreatedAt = now,
            ExpiresAt = now.AddDays(expiryDays),
        };
        db.ApiKeys.Add(entity);
        return (key, entity);
    }

    public Task<List<ApiKey>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        db.ApiKeys.Where(k => k.UserId == userId && k.RevokedAt == null).OrderBy(k => k.Name).ToListAsync(cancellationToken);

    public Task<ApiKey?> FindActiveAsync(Guid userId, string name, CancellationToken cancellationToken) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.UserId == userId && k.Name == name && k.RevokedAt == null, cancellationToken);

    /// <summary>The key's user when the key is valid, not revoked, not expired and its user enabled; records the use.</summary>
    public async Task<User?> FindUserAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(SecretTokens.ApiKeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var hash = SecretTokens.Hash(key);
        var entity = await db.ApiKeys
            .Include(k => k.User).ThenInclude(u => u.Memberships).ThenInclude(m => m.Team)
            .FirstOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (entity is null || !SecretTokens.Matches(entity.KeyHash, key) || !entity.IsActive(now) || entity.User.Disabled)
        {
            return null;
        }
        // Last use to the minute is enough, and keeps a busy CI key from writing on every call.
        if (entity.LastUsedAt is null || now - entity.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiKeys.Where(k => k.Id == entity.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        return entity.User;
    }
}
