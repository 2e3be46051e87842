using System.Collections.Concurrent;
using Innominatus.Contracts.Identity;
using MassTransit;

namespace Innominatus.ServiceTests.Identity;

/// <summary>Another service's view of the identity events: whatever arrives over RabbitMQ.</summary>
public sealed class IdentityEventCollector :
    IConsumer<UserCreated>, IConsumer<TeamCreated>, IConsumer<TeamMembershipChanged>, IConsumer<ApiKeyRevoked>
{
    public static ConcurrentQueue<object> Received { get; } = new();

    public Task Consume(ConsumeContext<UserCreated> context) => Add(context.Message);

    public Task Consume(ConsumeContext<TeamCreated> context) => Add(context.Message);

    public Task Consume(ConsumeContext<TeamMembershipChanged> context) => Add(context.Message);

    public Task Consume(ConsumeContext<ApiKeyRevoked> context) => Add(context.Message);

    private static Task Add(object message)
    {
        Received.Enqueue(message);
        return Task.CompletedTask;
    }
}
