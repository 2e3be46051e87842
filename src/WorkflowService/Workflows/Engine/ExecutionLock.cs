using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Loads runs with their steps under a row lock on each run, so that two steps finishing at once (or a step and an API
/// call) never both decide what runs next. Rows are locked in id order: two batches never wait for each other in a circle.
/// </summary>
/// <remarks>
/// The lock and the read are two statements on purpose. Under READ COMMITTED a statement that waited for a row lock
/// still reads every other row as of its start: locking and loading the steps in one statement let the second of two
/// finishing steps see the first still running, and both leave the run unfinished for ever.
/// </remarks>
public static class ExecutionLock
{
    public static async Task<WorkflowExecution> LoadAsync(WorkflowDbContext db, Guid executionId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [executionId], cancellationToken)).Single();

    public static async Task<List<WorkflowExecution>> LoadAsync(WorkflowDbContext db, Guid[] executionIds, CancellationToken cancellationToken)
    {
        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM workflow.workflow_executions WHERE id = ANY({executionIds}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        return await db.WorkflowExecutions.Include(e => e.Steps).Where(e => executionIds.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }
}
