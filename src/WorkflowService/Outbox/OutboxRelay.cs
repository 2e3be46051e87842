using System.Diagnostics;
using Innominatus.WorkflowService.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Outbox;

/// <summary>
/// Publishes stored events, oldest first, a batch at a time, and marks them published. Rows are locked with SKIP LOCKED, so replicas share
/// the work without sending one event twice; a broker outage leaves rows unpublished and they go out when it is back.
/// Consumers still see at-least-once delivery (a crash between publish and commit): the message id is the row id.
/// </summary>
public sealed partial class OutboxRelay(IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, TimeProvider clock, ILogger<OutboxRelay> logger)
    : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly ActivitySource Source = new(ServiceDefaults.Tracing.TelemetryExtensions.ActivitySourceName);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (published, failed) = await RelayBatchAsync(stoppingToken);
                failures = failed ? failures + 1 : 0;
                if (failed)
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures))), stoppingToken);
                }
                else if (published < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRelayFailed(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task<(int Published, bool Failed)> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.OutboxMessages
                .FromSql($"SELECT * FROM workflow.outbox_messages WHERE published_at IS NULL ORDER BY created_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
            // Publishing one by one waits for the broker's confirm each time; a batch goes out at once instead.
            // Consumers must not rely on the order of events anyway: each carries its own time.
            var outcomes = await Task.WhenAll(batch.Select(message => PublishAsync(message, cancellationToken)));
            var published = outcomes.Count(ok => ok);
            var failed = published < batch.Count;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (published, failed);
        });
    }

    private async Task<bool> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PublishTimeout);
            var type = OutboxMessageTypes.Resolve(message.MessageType);
            // The publish span (and the trace context the broker carries to consumers) continues the writer's trace.
            using var activity = message.TraceParent is null ? null : Source.StartActivity($"outbox {type.Name}", ActivityKind.Producer, message.TraceParent);
            var body = System.Text.Json.JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.SerializerOptions)!;
            await bus.Publish(body, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.Id), timeout.Token);
            message.PublishedAt = clock.GetUtcNow();
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = e.Message;
            LogPublishFailed(logger, message.MessageType, message.Id, message.Attempts, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {MessageType} {MessageId} (attempt {Attempts}); it stays in the outbox: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, string messageType, Guid messageId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay failed; retrying in 5 s")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);
}
