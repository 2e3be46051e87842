using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.Workflows.Retention;

/// <summary>
/// Deletes finished runs older than the retention period, with their steps, logs and golden path requests, in
/// batches: each batch is its own short transaction. Runs are picked with <c>FOR UPDATE SKIP LOCKED</c>, so a run the
/// engine holds (a retry or resume under way) is left for the next sweep and the engine never waits on the sweep;
/// running runs are never picked. Kept whatever their age: the latest run of each resource that still exists, which
/// is the resource's current history (its error, its outputs, what a retry starts from).
/// </summary>
public sealed class RunRetention(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock)
{
    public async Task<RetentionSweep> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var total = new RetentionSweep(0, 0, 0);
        if (settings.Days <= 0)
        {
            return total;
        }
        var cutoff = clock.GetUtcNow().AddDays(-settings.Days);
        while (true)
        {
            var batch = await DeleteBatchAsync(cutoff, Math.Max(1, settings.BatchSize), cancellationToken);
            total = total.Add(batch);
            if (batch.Runs < settings.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<RetentionSweep> DeleteBatchAsync(DateTimeOffset cutoff, int size, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        // Through the execution strategy: a transient error retries the whole batch in a new transaction.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => DeleteBatchAsync(db, cutoff, size, ct), cancellationToken);
    }

    private static async Task<RetentionSweep> DeleteBatchAsync(WorkflowDbContext db, DateTimeOffset cutoff, int size, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT e.id AS "Value" FROM workflow.workflow_executions e
            WHERE e.state IN ('succeeded', 'failed', 'cancelled') AND e.finished_at < {cutoff}
              AND NOT (e.resource_id IS NOT NULL
                AND EXISTS (SELECT 1 FROM workflow.resources r WHERE r.id = e.resource_id)
                AND NOT EXISTS (SELECT 1 FROM workflow.workflow_executions n
                                WHERE n.resource_id = e.resource_id AND n.created_at > e.created_at))
            ORDER BY e.finished_at
            LIMIT {size}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new RetentionSweep(0, 0, 0);
        }
        var logLines = await db.StepLogs.Where(l => ids.Contains(l.ExecutionId)).ExecuteDeleteAsync(cancellationToken);
        var steps = await db.StepExecutions.Where(s => ids.Contains(s.ExecutionId)).ExecuteDeleteAsync(cancellationToken);
        await db.GoldenPathRuns.Where(r => r.ExecutionId != null && ids.Contains(r.ExecutionId.Value)).ExecuteDeleteAsync(cancellationToken);
        var runs = await db.WorkflowExecutions.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionSweep(runs, steps, logLines);
    }
}
