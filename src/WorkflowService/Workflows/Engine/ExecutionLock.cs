using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Loads runs with their steps under a row lock on each run, so that two steps finishing at once (or a step and an API
/// call) never both decide what runs next. Rows are locked in id order: two batches never wait for each other in a circle.
/// </summary>
public static class ExecutionLock
{
    public static async Task<WorkflowExecution> LoadAsync(WorkflowDbContext db, Guid executionId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [executionId], cancellationToken)).Single();

    public static async Task<List<WorkflowExecution>> LoadAsync(WorkflowDbContext db, Guid[] executionIds, CancellationToken cancellationToken) =>
        // One round trip: the locking select is the source the steps are joined to.
        await db.WorkflowExecutions.FromSql($"SELECT * FROM workflow.workflow_executions WHERE id = ANY({executionIds}) ORDER BY id FOR UPDATE")
            .Include(e => e.Steps).ToListAsync(cancellationToken);
}
