using System.Text.Json.Nodes;
using Innominatus.Contracts.Resources;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows;

/// <summary>
/// Turns a <see cref="ResourceRequested"/> into a run of the provider's workflow. The request id is unique on runs,
/// so a redelivered request starts nothing twice.
/// </summary>
public sealed class ResourceWorkflowStarter(WorkflowDbContext db, ProviderLookup providers, WorkflowEngine engine, OutboxWriter outbox, StepDispatch dispatch, TimeProvider clock)
    : IConsumer<ResourceRequested>
{
    public async Task Consume(ConsumeContext<ResourceRequested> context)
    {
        var request = context.Message;
        if (await db.WorkflowExecutions.AnyAsync(e => e.RequestId == request.RequestId, context.CancellationToken))
        {
            return;
        }
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == request.ResourceId, context.CancellationToken);
        if (resource is null)
        {
            return; // the application was deleted meanwhile
        }
        var definition = providers.WorkflowFor(request.Type, request.Operation);
        var now = clock.GetUtcNow();
        var validated = definition is null ? null : ResourceWorkflowParameters.Validate(request.Parameters, resource, definition, request.Operation);
        if (definition is null || !validated!.IsValid)
        {
            var reason = definition is null
                ? $"provider {request.Provider} has no {request.Operation} workflow for {request.Type}"
                : "invalid parameters: " + string.Join("; ", validated!.Errors.Select(e => $"{e.Path}: {e.Message}"));
            Fail(resource, reason, now);
        }
        else
        {
            if (request.Operation != "delete" && ResourceStateMachine.CanMove(resource.State, ResourceState.Provisioning))
            {
                Publish(resource, resource.MoveTo(ResourceState.Provisioning, $"workflow {definition.Name} started", "workflow-engine", now));
            }
            await engine.SupersedeAsync(e => e.ResourceId == resource.Id, $"superseded by the {request.Operation} requested in revision {request.Revision}", context.CancellationToken);
            engine.Create(definition, validated.Value!, new ExecutionRequest("resource", resource.Team, request.RequestedBy, resource.Application, resource.Id, request.Operation, request.RequestId));
        }
        await db.SaveChangesAsync(context.CancellationToken);
        await dispatch.CommittedAsync();
    }

    private void Fail(ResourceInstance resource, string reason, DateTimeOffset now)
    {
        if (ResourceStateMachine.CanMove(resource.State, ResourceState.Failed))
        {
            Publish(resource, resource.MoveTo(ResourceState.Failed, reason, "workflow-engine", now));
        }
    }

    private void Publish(ResourceInstance resource, ResourceTransition t) =>
        outbox.Add(new ResourceStateChanged(resource.Id, resource.Application, resource.Team, resource.Name, resource.Type, t.FromState, t.ToState, t.Reason, t.Actor, t.At));
}
