using System.Diagnostics;
using Innominatus.ServiceDefaults.Background;
using Innominatus.ServiceDefaults.Logging;
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
    : PeriodicWork(new Outage(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)))
{
    private const int BatchSize = 500;
    private static readonly ActivitySource Source = new(ServiceDefaults.Tracing.TelemetryExtensions.ActivitySourceName);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A round that leaves events unpublished belongs to the broker's outage, as a round that throws does.</summary>
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var (published, failure) = await RelayBatchAsync(cancellationToken);
        return failure is not null ? throw new OutboxPublishFailedException(failure) : published >= BatchSize;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(PollInterval, cancellationToken);

    protected override void OnOutageStarted(Exception exception)
    {
        if (exception is OutboxPublishFailedException failed)
        {
            LogPublishFailed(logger, failed.Message);
        }
        else
        {
            LogRelayFailed(logger, exception);
        }
    }

    protected override void OnOutageEnded(int failedRounds) => LogRecovered(logger, failedRounds);

    /// <summary>How many went out, and the first reason one did not (null when all did).</summary>
    private async Task<(int Published, string? Failure)> RelayBatchAsync(CancellationToken cancellationToken)
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
            var published = outcomes.Count(failure => failure is null);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (published, outcomes.FirstOrDefault(failure => failure is not null));
        });
    }

    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
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
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.LastError = e.Message;
            return $"{message.MessageType} {message.Id} (attempt {message.Attempts}): {e.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish from the outbox; events stay there and go out when the broker is back, retrying with back-off up to 30 s: {Failure}")]
    private static partial void LogPublishFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay failed; retrying with back-off up to 30 s")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay is publishing again after {Attempts} failed attempt(s)")]
    private static partial void LogRecovered(ILogger logger, int attempts);
}
