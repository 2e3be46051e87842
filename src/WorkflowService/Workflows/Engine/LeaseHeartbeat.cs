using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Renews the leases of every step this worker runs, in one statement per beat. A step whose row no longer says it is
/// running for this attempt and this worker (its run was cancelled or superseded, on any replica, or its lease passed
/// and another worker took it over) is stopped: its process killed, its HTTP call aborted, its wait ended.
/// </summary>
public sealed partial class LeaseHeartbeat(IServiceScopeFactory scopes, RunningSteps running, WorkerIdentity worker, LeaseOptions leases, ILogger<LeaseHeartbeat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(leases.Heartbeat);
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default))
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.Message);
            }
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        var leased = running.All();
        if (leased.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var ids = leased.Select(s => s.StepId).ToArray();
        var attempts = leased.Select(s => s.Attempt).ToArray();
        var renewed = (await db.Database.SqlQuery<Guid>($"""
            UPDATE workflow.step_executions AS s SET lease_expires_at = clock_timestamp() + make_interval(secs => {leases.Duration.TotalSeconds})
            FROM unnest({ids}, {attempts}) AS c(id, attempt)
            WHERE s.id = c.id AND s.attempt = c.attempt AND s.state = 'running' AND s.worker_id = {worker.Id}
            RETURNING s.id AS "Value"
            """).ToListAsync(cancellationToken)).ToHashSet();
        var lost = ids.Where(id => !renewed.Contains(id)).ToList();
        if (lost.Count == 0)
        {
            return;
        }
        var states = await db.StepExecutions.AsNoTracking().Where(s => lost.Contains(s.Id)).Select(s => new { s.Id, s.State }).ToDictionaryAsync(s => s.Id, s => s.State, cancellationToken);
        foreach (var id in lost)
        {
            running.Stop(id, states.GetValueOrDefault(id) switch
            {
                StepState.Cancelled => RunningSteps.RunCancelled,
                StepState.Running or StepState.Queued => "its lease passed and the step was handed to another worker",
                var state => $"the step is {state ?? "gone"}",
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the leases of running steps: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
