using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Hands back the claims of steps whose worker stopped renewing them (it died, or lost the database for longer than a
/// lease): the step goes back to <c>queued</c>, same attempt and idempotency key, and its command is sent again. One
/// conditional UPDATE does it, so reapers of several replicas never requeue a step twice: the second finds it queued.
/// </summary>
/// <remarks>
/// The attempt is not counted as failed: the worker's death says nothing about the step. A step that kills its worker
/// each time is started again each time; its timeout still bounds every run.
/// </remarks>
public sealed partial class LeaseReaper(IServiceScopeFactory scopes, RunningSteps running, WorkerIdentity worker, LeaseOptions leases, TimeProvider clock, ILogger<LeaseReaper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(leases.ReaperInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
        {
            try
            {
                await ReapAsync(stoppingToken);
            }
            catch (Exception e)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    // Stopping ends a round at once (a retried query would hold the host's stop, and the bus's after it).
                    return;
                }
                LogFailed(logger, e.Message);
            }
        }
    }

    private async Task ReapAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var now = clock.GetUtcNow();
        // This process's own running steps are alive whatever their lease says: a heartbeat held up (a starved thread
        // pool, a long GC) must not hand a step of a live worker to itself again.
        var own = running.All().Select(s => s.StepId).ToArray();
        var reaped = await db.Database.SqlQuery<ReapedStep>($"""
            UPDATE workflow.step_executions AS s
            SET state = 'queued', queued_at = {now}, started_at = NULL, worker_id = NULL, lease_expires_at = NULL
            FROM workflow.workflow_executions AS e
            WHERE e.id = s.execution_id AND s.state = 'running' AND s.lease_expires_at < clock_timestamp()
              AND NOT (s.worker_id = {worker.Id} AND s.id = ANY({own}))
            RETURNING s.id AS "Id", s.execution_id AS "ExecutionId", s.attempt AS "Attempt", e.team AS "Team"
            """).ToListAsync(cancellationToken);
        if (reaped.Count == 0)
        {
            return;
        }
        var dispatch = scope.ServiceProvider.GetRequiredService<StepDispatch>();
        foreach (var step in reaped)
        {
            dispatch.Add(new ExecuteStep(step.ExecutionId, step.Id, step.Attempt, step.Team));
        }
        await dispatch.CommittedAsync();
        LogReaped(logger, reaped.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued {Count} running step(s) again: their workers stopped renewing their leases")]
    private static partial void LogReaped(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease reaper failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
