using Innominatus.IdentityService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.Login;

/// <summary>
/// Rule "lockout per account with growing delays", counted in the database so that every replica sees the same
/// failures. Failures of one account (existing or not) never delay another account, whatever address they came from.
/// </summary>
public sealed class LoginThrottle(IdentityDbContext db, TimeProvider clock, IOptions<LockoutOptions> options)
{
    private LockoutOptions Options => options.Value;

    public TimeSpan Window => TimeSpan.FromMinutes(Options.WindowMinutes);

    /// <summary>How long the account must still wait before its next attempt is checked; zero when it may log in now.</summary>
    public async Task<TimeSpan> RemainingDelayAsync(string username, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        var name = Normalize(username);
        var failures = await db.LoginFailures.Where(f => f.Username == name && f.At > since)
            .GroupBy(f => f.Username)
            .Select(g => new { Count = g.Count(), Last = g.Max(f => f.At) })
            .SingleOrDefaultAsync(cancellationToken);
        if (failures is null)
        {
            return TimeSpan.Zero;
        }
        var remaining = failures.Last + LockoutDelay.For(failures.Count, Options) - now;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    public void RecordFailure(string username, string? clientAddress) =>
        db.LoginFailures.Add(new LoginFailure { Username = Normalize(username), ClientAddress = clientAddress, At = clock.GetUtcNow() });

    /// <summary>A successful login forgets the account's failures and prunes expired rows.</summary>
    public async Task ForgetAsync(string username, CancellationToken cancellationToken)
    {
        var name = Normalize(username);
        var expired = clock.GetUtcNow() - Window;
        await db.LoginFailures.Where(f => f.Username == name || f.At < expired).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Normalize(string username) => username.Trim().ToLowerInvariant()[..Math.Min(username.Trim().Length, 128)];
}
