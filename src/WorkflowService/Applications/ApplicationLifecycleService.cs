using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Applications;

/// <summary>Tearing an application down (history kept) and removing it once nothing of it is left running.</summary>
public sealed class ApplicationLifecycleService(WorkflowDbContext db, ProviderLookup providers, Workloads.WorkloadRuns workloads, OutboxWriter outbox, Workflows.Engine.StepDispatch dispatch, TimeProvider clock)
{
    public async Task<ApplicationView?> DeprovisionAsync(Application application, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var resources = await db.Resources.Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var changed = new List<string>();
        foreach (var resource in resources.Where(r => ResourceStateMachine.CanMove(r.State, ResourceState.Deprovisioning)))
        {
            var transition = resource.MoveTo(ResourceState.Deprovisioning, "application deprovisioned", caller.User, now);
            resource.DesiredOperation = "delete";
            var provider = providers.Resolve(resource.Type);
            ResourceEvents.Write(outbox, new ResourceChange(resource, "delete", false, transition),
                provider ?? new ProviderChoice(resource.Provider, resource.Type, new Dictionary<string, string> { ["delete"] = "delete" }), caller.User, now);
            changed.Add(resource.Name);
        }
        application.State = ApplicationState.Deprovisioning;
        application.UpdatedAt = now;
        await workloads.StartAsync(application, application.CurrentRevision, "delete", caller.User, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await dispatch.CommittedAsync();
        return ApplicationView.From(application, resources, changed, null);
    }

    /// <summary>Resources still provisioned block deletion: deleting would orphan them. Admins may force it.</summary>
    public async Task<IReadOnlyList<string>> BlockingResourcesAsync(Application application, CancellationToken cancellationToken) =>
        await db.Resources.Where(r => r.ApplicationId == application.Id && r.State != ResourceState.Deleted)
            .OrderBy(r => r.Name).Select(r => r.Name + " (" + r.State + ")").ToListAsync(cancellationToken);

    public async Task DeleteAsync(Application application, CancellationToken cancellationToken)
    {
        db.Applications.Remove(application);
        await db.SaveChangesAsync(cancellationToken);
    }
}
