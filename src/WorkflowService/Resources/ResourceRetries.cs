using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Resources;

/// <summary>
/// Asks again for the workflow of a resource whose last request produced no run (still <c>requested</c> or
/// <c>deprovisioning</c> with no run going) or whose run failed. A new request id makes it a new request, so the starter does not take it for a duplicate; should
/// the original request still arrive, whichever starts later supersedes the other, as for any newer request.
/// </summary>
public sealed class ResourceRetries(WorkflowDbContext db, ProviderLookup providers, OutboxWriter outbox, TimeProvider clock)
{
    /// <summary>Deprovisioning counts too: a delete request lost the same way leaves the resource there with no run.</summary>
    public static bool MayRetry(string state) => state is ResourceState.Requested or ResourceState.Failed or ResourceState.Deprovisioning;

    public async Task<ResourceRetryOutcome> RetryAsync(Guid id, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Locked, so two retries at once cannot both pass the checks below.
            var resource = await db.Resources.FromSql($"SELECT * FROM workflow.resources WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
            if (resource is null || !caller.MaySee(resource.Team))
            {
                return new ResourceRetryOutcome(ResourceRetryStatus.NotFound);
            }
            var outcome = await RequestAgainAsync(resource, caller.User, "retried by " + caller.User, cancellationToken);
            if (outcome.Status == ResourceRetryStatus.Retried)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        });
    }

    /// <summary>The sweep's retry: the resource's name when its workflow was requested again, null when it moved on meanwhile.</summary>
    public async Task<string?> RestartStuckAsync(Guid id, CancellationToken cancellationToken)
    {
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var resource = await db.Resources.FromSql($"SELECT * FROM workflow.resources WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
            if (resource is null || resource.State == ResourceState.Failed)
            {
                return null;
            }
            var outcome = await RequestAgainAsync(resource, "workflow-engine", "restarted: no run started", cancellationToken);
            if (outcome.Status != ResourceRetryStatus.Retried)
            {
                return null;
            }
            // The grace period starts again, so a request still on its way is not followed by another every sweep.
            resource.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return resource.Name;
        });
    }

    /// <summary>Checks the resource may be retried and writes the request; the caller saves.</summary>
    public async Task<ResourceRetryOutcome> RequestAgainAsync(ResourceInstance resource, string actor, string reason, CancellationToken cancellationToken)
    {
        if (!MayRetry(resource.State))
        {
            return new ResourceRetryOutcome(ResourceRetryStatus.WrongState, resource);
        }
        if (await db.WorkflowExecutions.AnyAsync(
                e => e.ResourceId == resource.Id && e.State != ExecutionState.Succeeded && e.State != ExecutionState.Failed && e.State != ExecutionState.Cancelled,
                cancellationToken))
        {
            return new ResourceRetryOutcome(ResourceRetryStatus.RunInProgress, resource);
        }
        if (providers.Resolve(resource.Type) is not { } provider)
        {
            return new ResourceRetryOutcome(ResourceRetryStatus.NoProvider, resource);
        }
        var operation = resource.DesiredOperation;
        var now = clock.GetUtcNow();
        ResourceTransition? transition = null;
        if (resource.State == ResourceState.Failed)
        {
            transition = resource.MoveTo(operation == "delete" ? ResourceState.Deprovisioning : ResourceState.Requested, reason, actor, now);
        }
        ResourceEvents.Write(outbox, new ResourceChange(resource, operation, false, transition), provider, actor, now);
        return new ResourceRetryOutcome(ResourceRetryStatus.Retried, resource);
    }
}
