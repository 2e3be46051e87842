using System.Security.Cryptography;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.IdentityService.Bootstrap;

/// <summary>
/// Creates the first admin when there is none, so an operator can log in to a new installation. There is no built-in
/// credential: the password comes from configuration (<c>Identity__BootstrapAdmin__Password</c>) or is generated.
/// </summary>
public sealed partial class BootstrapAdmin(IServiceScopeFactory scopes, IOptions<BootstrapAdminOptions> options, TimeProvider clock, ILogger<BootstrapAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        if (await db.Users.AnyAsync(u => u.Role == UserRoles.Admin, cancellationToken))
        {
            return;
        }
        var username = Names.NormalizeUsername(options.Value.Username);
        var generated = string.IsNullOrEmpty(options.Value.Password);
        var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_') : options.Value.Password!;
        var user = new User { Username = username, Role = UserRoles.Admin, CreatedAt = clock.GetUtcNow() };
        user.PasswordHash = scope.ServiceProvider.GetRequiredService<PasswordCheck>().Hash(user, password);
        db.Users.Add(user);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("system", "user.create", username, AuditOutcomes.Success, "bootstrap admin");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            LogRaceLost(logger, username);
            return;
        }
        LogCreated(logger, username, generated ? "a generated password, printed once to standard output" : "the configured password");
        if (generated)
        {
            // Deliberately not through ILogger: log pipelines keep and ship what they get; this is shown once on the console.
            await Console.Out.WriteLineAsync($"Innominatus bootstrap admin '{username}' password: {password}  (shown once; change it after the first login)");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the bootstrap admin {Username} with {PasswordSource}")]
    private static partial void LogCreated(ILogger logger, string username, string passwordSource);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another replica created the bootstrap admin {Username}")]
    private static partial void LogRaceLost(ILogger logger, string username);
}
