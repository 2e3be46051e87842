using Innominatus.ServiceDefaults.Metrics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceDefaults.Messaging;

/// <summary>
/// Counts and logs each message MassTransit moves to its queue's <c>_error</c> queue. A consumer's retries are over
/// by then (MassTransit reports a fault only once they are spent), so one line is one message given up on: the line
/// and <c>innominatus_messages_dead_lettered_total</c> are what an operator alerts on.
/// </summary>
public sealed partial class DeadLetterObserver(InnominatusMetrics metrics, ILogger<DeadLetterObserver> logger) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        Record(typeof(T).Name, context.ReceiveContext.InputAddress, context.MessageId, exception);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        // A message nothing could read (no deserializer, a broken body) goes to the error queue the same way.
        Record("unknown", context.InputAddress, null, exception);
        return Task.CompletedTask;
    }

    private void Record(string messageType, Uri? inputAddress, Guid? messageId, Exception exception)
    {
        var queue = QueueName(inputAddress);
        metrics.MessageDeadLettered(messageType, queue);
        LogDeadLettered(logger, messageType, messageId, queue, exception.GetType().Name, exception.Message);
    }

    /// <summary>The last path segment of the endpoint address, without its query (temporary queues carry one).</summary>
    public static string QueueName(Uri? address) =>
        address is null ? "unknown" : address.AbsolutePath.TrimEnd('/').Split('/')[^1] is { Length: > 0 } name ? name : "unknown";

    [LoggerMessage(Level = LogLevel.Error, EventName = "MessageDeadLettered",
        Message = "Message dead-lettered: {MessageType} {MessageId} moved to {Queue}_error after its retries ({ExceptionType}: {Reason})")]
    private static partial void LogDeadLettered(ILogger logger, string messageType, Guid? messageId, string queue, string exceptionType, string reason);
}
