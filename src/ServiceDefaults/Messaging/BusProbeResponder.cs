using Innominatus.Contracts.Diagnostics;
using MassTransit;

namespace Innominatus.ServiceDefaults.Messaging;

/// <summary>Every service answers bus probes, which proves its subscriptions work end to end.</summary>
public sealed class BusProbeResponder(ServiceIdentity service, TimeProvider clock) : IConsumer<BusProbeRequested>
{
    public Task Consume(ConsumeContext<BusProbeRequested> context) =>
        context.Publish(new BusProbeAnswered(context.Message.ProbeId, service.Name, clock.GetUtcNow()), context.CancellationToken);
}
