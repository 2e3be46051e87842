using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Loads a run with its steps under a row lock on the run, so that two steps finishing at once (or a step and an API
/// call) never both decide what runs next.
/// </summary>
public static class ExecutionLock
{
    public static async Task<WorkflowExecution> LoadAsync(WorkflowDbContext db, Guid executionId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM workflow.workflow_executions WHERE id = {executionId} FOR UPDATE", cancellationToken);
        return await db.WorkflowExecutions.Include(e => e.Steps).SingleAsync(e => e.Id == executionId, cancellationToken);
    }
}
