using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.PlatformRuns;

/// <summary>
/// Deletes every platform run of the given kinds with its steps and log lines (the step outputs, sealed generated
/// credentials among them, go with the steps), in one transaction. Refused while one of them has not finished: the
/// engine still writes to it. Touches nothing in any cluster.
/// </summary>
public static class PlatformRunReset
{
    /// <returns>What was deleted, or null when a run of those kinds is still going.</returns>
    public static Task<PlatformRunsCleared?> ClearAsync(WorkflowDbContext db, IReadOnlyList<string> kinds, CancellationToken cancellationToken) =>
        // Through the execution strategy: a transient error retries the whole delete in a new transaction.
        db.Database.CreateExecutionStrategy().ExecuteAsync(ct => ClearOnceAsync(db, kinds, ct), cancellationToken);

    private static async Task<PlatformRunsCleared?> ClearOnceAsync(WorkflowDbContext db, IReadOnlyList<string> kinds, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var runs = await db.WorkflowExecutions.Where(e => kinds.Contains(e.Kind) && e.Team == "").Select(e => new { e.Id, e.State }).ToListAsync(cancellationToken);
        if (runs.Any(r => !ExecutionState.IsFinished(r.State)))
        {
            return null;
        }
        var ids = runs.Select(r => r.Id).ToList();
        var logLines = await db.StepLogs.Where(l => ids.Contains(l.ExecutionId)).ExecuteDeleteAsync(cancellationToken);
        var steps = await db.StepExecutions.Where(s => ids.Contains(s.ExecutionId)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.WorkflowExecutions.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PlatformRunsCleared(kinds, deleted, steps, logLines);
    }
}
