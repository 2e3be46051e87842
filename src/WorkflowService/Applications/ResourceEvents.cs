using System.Text.Json;
using Innominatus.Contracts.Resources;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Resources;

namespace Innominatus.WorkflowService.Applications;

/// <summary>The events one resource change produces: its state move (if any) and the workflow request.</summary>
public static class ResourceEvents
{
    public static void Write(OutboxWriter outbox, ResourceChange change, ProviderChoice provider, string actor, DateTimeOffset now)
    {
        var resource = change.Resource;
        if (change.Transition is { } t)
        {
            outbox.Add(new ResourceStateChanged(resource.Id, resource.Application, resource.Team, resource.Name, resource.Type, t.FromState, t.ToState, t.Reason, t.Actor, t.At));
        }
        outbox.Add(new ResourceRequested(
            Guid.CreateVersion7(), resource.Id, resource.Application, resource.Name, resource.Type, resource.Provider,
            change.Operation, provider.WorkflowFor(change.Operation), resource.Revision,
            resource.Parameters.RootElement.Clone(), actor, now));
    }
}
