using System.Data.Common;
using Innominatus.ServiceDefaults.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Innominatus.ServiceDefaults.Data;

/// <summary>Feeds <c>innominatus_db_queries_total</c> from every command EF Core sends.</summary>
internal sealed class QueryCountingInterceptor<TContext>(InnominatusMetrics metrics, DatabaseSchema<TContext> schema) : DbCommandInterceptor
    where TContext : DbContext
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        metrics.DbQueryExecuted(schema.Name);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        metrics.DbQueryExecuted(schema.Name);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        metrics.DbQueryExecuted(schema.Name);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        metrics.DbQueryExecuted(schema.Name);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        metrics.DbQueryExecuted(schema.Name);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        metrics.DbQueryExecuted(schema.Name);
        return ValueTask.FromResult(result);
    }
}
