using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.Sessions;

public sealed class SessionStore(IdentityDbContext db, TimeProvider clock, IOptions<LoginSessionOptions> options)
{
    /// <summary>Adds a session to the unit of work and returns its token, which exists nowhere else once the response is sent.</summary>
    public (string Token, Session Session) Create(User user, string method)
    {
        var token = SecretTokens.NewSessionToken();
        var now = clock.GetUtcNow();
        var session = new Session
        {
            UserId = user.Id,
            TokenHash = SecretTokens.Hash(token),
            Method = method,
            CreatedAt = now,
            ExpiresAt = now.AddHours(options.Value.LifetimeHours),
        };
        db.Sessions.Add(session);
        return (token, session);
    }

    public async Task<User?> FindUserAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(SecretTokens.SessionPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var hash = SecretTokens.Hash(token);
        var session = await db.Sessions
            .Include(s => s.User).ThenInclude(u => u.Memberships).ThenInclude(m => m.Team)
            .FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        return session is not null && SecretTokens.Matches(session.TokenHash, token) && session.ExpiresAt > clock.GetUtcNow() && !session.User.Disabled
            ? session.User
            : null;
    }

    public async Task<bool> DeleteAsync(string token, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(token);
        return await db.Sessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Ends every session of a user (disabled, deleted or password changed).</summary>
    public Task DeleteForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
