using Innominatus.IdentityService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.Login;

/// <summary>Brute-force lockout, counted in the database so that every replica sees the same failures.</summary>
public sealed class LoginThrottle(IdentityDbContext db, TimeProvider clock, IOptions<LockoutOptions> options)
{
    private LockoutOptions Options => options.Value;

    public TimeSpan Window => TimeSpan.FromMinutes(Options.WindowMinutes);

    public async Task<bool> IsLockedAsync(string username, string? clientAddress, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        var name = Normalize(username);
        var byUser = await db.LoginFailures.CountAsync(f => f.Username == name && f.At > since, cancellationToken);
        if (byUser >= Options.MaxFailures)
        {
            return true;
        }
        return clientAddress is not null
            && await db.LoginFailures.CountAsync(f => f.ClientAddress == clientAddress && f.At > since, cancellationToken) >= Options.MaxFailures;
    }

    public void RecordFailure(string username, string? clientAddress) =>
        db.LoginFailures.Add(new LoginFailure { Username = Normalize(username), ClientAddress = clientAddress, At = clock.GetUtcNow() });

    /// <summary>A successful login forgets the user's failures (not the address's) and prunes expired rows.</summary>
    public async Task ForgetAsync(string username, CancellationToken cancellationToken)
    {
        var name = Normalize(username);
        var expired = clock.GetUtcNow() - Window;
        await db.LoginFailures.Where(f => f.Username == name || f.At < expired).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Normalize(string username) => username.Trim().ToLowerInvariant()[..Math.Min(username.Trim().Length, 128)];
}
