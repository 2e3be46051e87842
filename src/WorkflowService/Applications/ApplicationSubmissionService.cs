using System.Text.Json;
using Innominatus.Contracts.Applications;
using Innominatus.Contracts.Resources;
using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workloads;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Applications;

/// <summary>
/// Stores a validated spec as an application revision, plans its resources and writes the events, all in one
/// transaction: a failure leaves nothing half-written, and a broker outage loses nothing (the outbox relays later).
/// </summary>
public sealed class ApplicationSubmissionService(
    WorkflowDbContext db, ProviderLookup providers, ResourcePlanner planner, WorkloadRuns workloads, InlineWorkflowRuns inlineWorkflows, OutboxWriter outbox, StepDispatch dispatch, TimeProvider clock)
{
    public async Task<SubmissionOutcome> SubmitAsync(ScoreSpec spec, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var unknown = spec.Resources.Values.Select(r => r.Type).Where(t => providers.Resolve(t) is null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return new SubmissionOutcome(SubmissionStatus.UnknownResourceTypes, UnknownTypes: unknown, OfferedTypes: providers.OfferedTypes);
        }
        var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            dispatch.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var result = await StoreAsync(spec, caller, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
        await dispatch.CommittedAsync();
        return outcome;
    }

    private async Task<SubmissionOutcome> StoreAsync(ScoreSpec spec, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var name = spec.Metadata.Name;
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Name == name, cancellationToken);
        if (application is not null && !caller.MaySee(application.Team))
        {
            return new SubmissionOutcome(SubmissionStatus.Forbidden);
        }
        if (application is null && caller.Team is null)
        {
            return new SubmissionOutcome(SubmissionStatus.NoTeam);
        }
        var isNew = application is null;
        application ??= db.Applications.Add(new Application { Id = Guid.CreateVersion7(), Name = name, Team = caller.Team!, CreatedBy = caller.User, CreatedAt = now, UpdatedAt = now }).Entity;

        var stored = await db.Resources.Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var specHash = CanonicalJson.Hash(spec.Document);
        var current = isNew ? null : await db.ApplicationRevisions.AsNoTracking()
            .Where(r => r.ApplicationId == application.Id && r.Revision == application.CurrentRevision).Select(r => r.SpecHash).SingleOrDefaultAsync(cancellationToken);
        if (current == specHash && application.State == ApplicationState.Active)
        {
            return new SubmissionOutcome(SubmissionStatus.Unchanged, ApplicationView.From(application, stored, [], null));
        }

        var revision = application.CurrentRevision + 1;
        var changes = planner.Plan(application, spec.Resources, stored, revision, caller.User, now);
        if (ResourceParameterCheck.Errors(changes, providers).Concat(InlineWorkflowRuns.Errors(spec)).ToList() is { Count: > 0 } errors)
        {
            // Nothing was saved: the transaction ends without a commit.
            return new SubmissionOutcome(SubmissionStatus.InvalidParameters, ParameterErrors: errors);
        }
        var changed = changes.Select(c => c.Resource.Name).ToList();
        application.CurrentRevision = revision;
        application.State = ApplicationState.Active;
        application.UpdatedAt = now;
        db.ApplicationRevisions.Add(new ApplicationRevision
        {
            ApplicationId = application.Id, Revision = revision, Spec = JsonDocument.Parse(spec.Document.ToJsonString()),
            SpecHash = specHash, SubmittedBy = caller.User, SubmittedAt = now, ChangedResources = changed,
        });
        foreach (var change in changes)
        {
            if (change.IsNew)
            {
                db.Resources.Add(change.Resource);
            }
            ResourceEvents.Write(outbox, change, providers.Resolve(change.Resource.Type)!, caller.User, now);
        }
        outbox.Add(new ApplicationSubmitted(application.Id, application.Name, application.Team, revision, caller.User, changed, now));
        await db.SaveChangesAsync(cancellationToken);
        // The run needs the revision's row to exist: it renders the workload from the stored spec.
        await workloads.StartAsync(application, revision, "create", caller.User, cancellationToken);
        await inlineWorkflows.StartAsync(application, spec, revision, caller.User, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var resources = stored.Concat(changes.Where(c => c.IsNew).Select(c => c.Resource));
        return new SubmissionOutcome(isNew ? SubmissionStatus.Created : SubmissionStatus.Updated, ApplicationView.From(application, resources, changed, null));
    }
}
