using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>Queues steps whose retry backoff has passed; the database, not a timer in memory, remembers them across restarts.</summary>
public sealed partial class RetryPoller(IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, ILogger<RetryPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await QueueDueRetriesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.Message);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task QueueDueRetriesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
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
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var execution = await ExecutionLock.LoadAsync(db, executionId, cancellationToken);
                engine.Advance(execution, DefinitionJson.Deserialize(execution.Definition), await scopeBuilder.BuildAsync(execution, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        if (due.Count > 0)
        {
            signal.Notify();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retry poller failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
