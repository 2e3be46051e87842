using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Users;

namespace Innominatus.IdentityService.Login;

/// <summary>Username and password to a session, with lockout and an audit entry for every attempt.</summary>
public sealed class PasswordLogin(IdentityDbContext db, PasswordCheck passwords, LoginThrottle throttle, SessionStore sessions, AuditLog audit, TimeProvider clock)
{
    public async Task<LoginOutcome> LoginAsync(string username, string password, string? clientAddress, CancellationToken cancellationToken)
    {
        var name = Names.NormalizeUsername(username);
        var wait = await throttle.RemainingDelayAsync(name, cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            // Not counted as a failure: hammering a locked account does not lengthen its delay.
            await audit.RecordNowAsync(name, "login", name, AuditOutcomes.Denied, "account locked after repeated failures", cancellationToken);
            return new LoginOutcome(null, null, default, true, wait);
        }
        var user = await db.FindByNameAsync(name, cancellationToken);
        if (!passwords.Verify(user, password))
        {
            throttle.RecordFailure(name, clientAddress);
            audit.Record(name, "login", name, AuditOutcomes.Failure, "invalid username or password");
            await db.SaveChangesAsync(cancellationToken);
            return new LoginOutcome(null, null, default, false, default);
        }
        await throttle.ForgetAsync(name, cancellationToken);
        var (token, session) = sessions.Create(user!, "password");
        user!.LastLoginAt = clock.GetUtcNow();
        audit.Record(user.Username, "login", user.Username, AuditOutcomes.Success, "password");
        await db.SaveChangesAsync(cancellationToken);
        return new LoginOutcome(user, token, session.ExpiresAt, false, default);
    }
}
