using MassTransit;

namespace Innominatus.IdentityService.Messaging;

/// <summary>
/// Publishes identity events after the change is committed. The change stands even when the broker is down; the
/// failure is logged (events inform other services, they do not enforce anything).
/// </summary>
public sealed partial class IdentityEvents(IPublishEndpoint publish, ILogger<IdentityEvents> logger)
{
    public async Task PublishAsync<T>(T message, CancellationToken cancellationToken) where T : class
    {
        try
        {
            await publish.Publish(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPublishFailed(logger, typeof(T).Name, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {EventType}")]
    private static partial void LogPublishFailed(ILogger logger, string eventType, Exception exception);
}
