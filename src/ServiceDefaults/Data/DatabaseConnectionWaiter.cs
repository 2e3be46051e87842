using Microsoft.Extensions.Logging;
using Npgsql;

namespace Innominatus.ServiceDefaults.Data;

/// <summary>Start-up waits for PostgreSQL with retries and fails with one clear sentence when it never answers.</summary>
public static partial class DatabaseConnectionWaiter
{
    public static async Task WaitAsync(string connectionString, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var deadline = DateTimeOffset.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                await CreateDatabaseAsync(target, logger, cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                if (DateTimeOffset.UtcNow + delay > deadline)
                {
                    throw new InvalidOperationException(
                        $"Cannot connect to PostgreSQL at {target.Host}:{target.Port}, database '{target.Database}', " +
                        $"after {attempt} attempts in {timeout.TotalSeconds:0} s: {e.Message}", e);
                }
                LogWaiting(logger, target.Host, target.Port, attempt, e.Message);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
            }
        }
    }

    /// <summary>
    /// Local development starts from an empty server. In production the operator created the database and
    /// our account may not create one: that error then says so.
    /// </summary>
    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, ILogger logger, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            LogCreated(logger, target.Database);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another service created it at the same moment.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL at {Host}:{Port} not reachable yet (attempt {Attempt}): {Reason}")]
    private static partial void LogWaiting(ILogger logger, string? host, int port, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created database {Database}")]
    private static partial void LogCreated(ILogger logger, string database);
}
