using Innominatus.Contracts.Workflows;
using Innominatus.ServiceDefaults.Background;
using Innominatus.ServiceDefaults.Logging;
using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Queues steps whose retry backoff has passed, and sends again the command of a step queued so long ago that its
/// message must have been lost: the database, not a timer in memory, remembers both across restarts.
/// </summary>
public sealed partial class RetryPoller(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<RetryPoller> logger)
    : PeriodicWork(new Outage(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15)))
{
    /// <summary>
    /// <c>Workflows:ResendQueuedAfterSeconds</c> (default 60): beyond a healthy queue's wait. Too short only costs
    /// messages: a repeated command is harmless, as a step is claimed once per attempt.
    /// </summary>
    private TimeSpan LostAfter => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Workflows:ResendQueuedAfterSeconds", 60)));

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await QueueDueRetriesAsync(cancellationToken);
        await ResendLostCommandsAsync(cancellationToken);
        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);

    protected override void OnOutageStarted(Exception exception) => LogFailed(logger, exception.Message);

    protected override void OnOutageEnded(int failedRounds) => LogRecovered(logger, failedRounds);

    private async Task QueueDueRetriesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var dispatch = scope.ServiceProvider.GetRequiredService<StepDispatch>();
        var now = clock.GetUtcNow();
        var due = await db.StepExecutions.AsNoTracking().Where(s => s.State == StepState.Pending && s.NotBefore != null && s.NotBefore <= now)
            .Select(s => s.ExecutionId).Distinct().Take(100).ToListAsync(cancellationToken);
        foreach (var executionId in due)
        {
            var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
            var scopeBuilder = scope.ServiceProvider.GetRequiredService<ScopeBuilder>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                dispatch.Discard();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var execution = await ExecutionLock.LoadAsync(db, executionId, cancellationToken);
                var definition = DefinitionJson.Deserialize(execution.Definition);
                engine.Advance(execution, definition, await scopeBuilder.BuildAsync(execution, definition, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            await dispatch.CommittedAsync();
        }
    }

    private async Task ResendLostCommandsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var now = clock.GetUtcNow();
        var before = now - LostAfter;
        var lost = await db.StepExecutions.AsNoTracking().Where(s => s.State == StepState.Queued && (s.QueuedAt == null || s.QueuedAt < before))
            .OrderBy(s => s.QueuedAt).Take(500)
            .Join(db.WorkflowExecutions, s => s.ExecutionId, e => e.Id, (s, e) => new { s.Id, s.ExecutionId, s.Attempt, e.Team }).ToListAsync(cancellationToken);
        if (lost.Count == 0)
        {
            return;
        }
        var ids = lost.Select(s => s.Id).ToList();
        await db.StepExecutions.Where(s => ids.Contains(s.Id) && s.State == StepState.Queued).ExecuteUpdateAsync(u => u.SetProperty(s => s.QueuedAt, now), cancellationToken);
        var dispatch = scope.ServiceProvider.GetRequiredService<StepDispatch>();
        foreach (var step in lost)
        {
            dispatch.Add(new ExecuteStep(step.ExecutionId, step.Id, step.Attempt, step.Team));
        }
        await dispatch.CommittedAsync();
        LogResent(logger, lost.Count, LostAfter.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retry poller failed; retrying with back-off up to 15 s: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retry poller is working again after {Attempts} failed attempt(s)")]
    private static partial void LogRecovered(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the commands of {Count} step(s) again: queued over {Seconds} s ago without starting")]
    private static partial void LogResent(ILogger logger, int count, double seconds);
}
