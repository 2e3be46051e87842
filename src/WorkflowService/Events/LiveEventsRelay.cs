using Innominatus.Contracts.Resources;
using Innominatus.Contracts.Workflows;
using MassTransit;

namespace Innominatus.WorkflowService.Events;

/// <summary>
/// Every replica hears every state change on its own temporary queue and hands it to its stream subscribers, so a
/// client sees a run's progress whichever replica it is connected to.
/// </summary>
public sealed class LiveEventsRelay(LiveEvents live) : IConsumer<StepStatesChanged>, IConsumer<WorkflowFinished>, IConsumer<ResourceStateChanged>
{
    public Task Consume(ConsumeContext<StepStatesChanged> context)
    {
        foreach (var change in context.Message.Changes)
        {
            live.Publish("step", change.Team, change);
        }
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<WorkflowFinished> context)
    {
        live.Publish("workflow", context.Message.Team, context.Message);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ResourceStateChanged> context)
    {
        live.Publish("resource", context.Message.Team, context.Message);
        return Task.CompletedTask;
    }
}
