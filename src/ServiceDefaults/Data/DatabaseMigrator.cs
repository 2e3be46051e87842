using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceDefaults.Data;

/// <summary>
/// Waits for the database, creates it when the account may (local development), then applies pending
/// migrations. Runs before Kestrel listens, so no request ever sees an old schema. EF Core takes a
/// database lock around <c>Migrate</c>, so with several replicas only one applies a migration.
/// Migrations only ever add: none drops data.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    DatabaseSchema<TContext> schema,
    IConfiguration configuration,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var connectionString = db.Database.GetConnectionString()!;
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("Database:StartupTimeoutSeconds", 60));

        await DatabaseConnectionWaiter.WaitAsync(connectionString, timeout, logger, cancellationToken);

        // Without a history table EF's first SELECT fails and is logged as an error, which an operator reading
        // the first start-up would take for a fault: create the (empty) table first.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger, schema.Name);
            return;
        }
        foreach (var migration in pending)
        {
            LogApplying(logger, migration, schema.Name);
        }
        await db.Database.MigrateAsync(cancellationToken);
        LogApplied(logger, pending.Count, schema.Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema {Schema} is up to date: no pending migration")]
    private static partial void LogUpToDate(ILogger logger, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying migration {Migration} to schema {Schema}")]
    private static partial void LogApplying(ILogger logger, string migration, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to schema {Schema}")]
    private static partial void LogApplied(ILogger logger, int count, string schema);
}
