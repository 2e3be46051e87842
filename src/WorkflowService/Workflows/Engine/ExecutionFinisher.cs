using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.Contracts.Resources;
using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Providers;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Closes a run: its outputs and error, the <see cref="WorkflowFinished"/> event, and for a resource's workflow the
/// resource's new state (active or deleted on success, failed otherwise) with the outputs it publishes.
/// </summary>
public sealed class ExecutionFinisher(WorkflowDbContext db, OutboxWriter outbox, WorkflowMetrics metrics, IProviderCatalog providers, OutputProtection protection)
{
    public void Finish(WorkflowExecution execution, WorkflowDefinition definition, TemplateScope scope, DateTimeOffset now)
    {
        execution.FinishedAt = now;
        var failedStep = execution.Steps.Where(s => s.State == StepState.Failed).OrderBy(s => s.Position).FirstOrDefault();
        execution.Error = failedStep is null ? null : $"step {failedStep.Name} failed: {failedStep.Error}";
        if (execution.State == ExecutionState.Succeeded)
        {
            var unresolved = new List<string>();
            var outputs = new JsonObject(definition.Outputs.Select(o => KeyValuePair.Create(o.Key, TemplateResolver.Resolve(JsonValue.Create(o.Value), scope, unresolved))));
            execution.Outputs = protection.Protect(outputs, DeclaredSecrets(execution), scope.Secrets);
        }
        outbox.Add(new WorkflowFinished(execution.Id, execution.Team, execution.Name, execution.Kind, execution.Application, execution.ResourceId, execution.State, execution.Error, now));
        metrics.WorkflowFinished(execution.State);
        // Only the newest run of a resource speaks for it: an older, superseded run must not overwrite its state.
        if (execution.ResourceId is { } resourceId && !execution.Superseded)
        {
            SettleResource(execution, resourceId, now);
        }
    }

    /// <summary>The outputs a resource's provider declares <c>secret: true</c>; none for other runs.</summary>
    private HashSet<string> DeclaredSecrets(WorkflowExecution execution) =>
        execution.ResourceId is { } id && db.Resources.Find(id) is { } resource
            ? providers.Resolve(resource.Type)?.ResourceType.Outputs.Where(o => o.Secret).Select(o => o.Name).ToHashSet(StringComparer.Ordinal) ?? []
            : [];

    private void SettleResource(WorkflowExecution execution, Guid resourceId, DateTimeOffset now)
    {
        var resource = db.Resources.Find(resourceId);
        if (resource is null)
        {
            return;
        }
        var target = execution.State switch
        {
            ExecutionState.Succeeded => execution.Operation == "delete" ? ResourceState.Deleted : ResourceState.Active,
            _ => ResourceState.Failed,
        };
        if (!ResourceStateMachine.CanMove(resource.State, target))
        {
            return;
        }
        if (target == ResourceState.Active)
        {
            resource.Outputs = SecretOutputs.ReferenceSecrets(execution.Outputs, DeclaredSecrets(execution), $"{resource.Application}/{resource.Application}-{resource.Name}");
        }
        var reason = execution.State == ExecutionState.Succeeded ? $"workflow {execution.Name} succeeded" : execution.Error ?? $"workflow {execution.Name} {execution.State}";
        var t = resource.MoveTo(target, reason, "workflow-engine", now);
        outbox.Add(new ResourceStateChanged(resource.Id, resource.Application, resource.Team, resource.Name, resource.Type, t.FromState, t.ToState, t.Reason, t.Actor, t.At));
    }
}
