using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Planning;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Applications;

/// <summary>
/// The dry run of a submission: the same planning as a real one, on objects that are never saved, and a plan of each
/// provider workflow that would run (with the API server's dry run of every Kubernetes object).
/// </summary>
public sealed class ApplicationPlanService(WorkflowDbContext db, ProviderLookup providers, ResourcePlanner planner, WorkflowPlanner workflows, TimeProvider clock)
{
    public async Task<(SubmissionOutcome? Refused, ApplicationPlan? Plan)> PlanAsync(ScoreSpec spec, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var unknown = spec.Resources.Values.Select(r => r.Type).Where(t => providers.Resolve(t) is null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return (new SubmissionOutcome(SubmissionStatus.UnknownResourceTypes, UnknownTypes: unknown, OfferedTypes: providers.OfferedTypes), null);
        }
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Name == spec.Metadata.Name, cancellationToken);
        if (application is not null && !caller.MaySee(application.Team))
        {
            return (new SubmissionOutcome(SubmissionStatus.Forbidden), null);
        }
        application ??= new Application { Id = Guid.Empty, Name = spec.Metadata.Name, Team = caller.Team ?? "", CreatedBy = caller.User };
        var stored = await db.Resources.AsNoTracking().Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var revision = application.CurrentRevision + 1;
        var changes = planner.Plan(application, spec.Resources, stored, revision, caller.User, clock.GetUtcNow());
        var outputs = stored.Where(r => r.Outputs is not null)
            .ToDictionary(r => r.Name, r => JsonNode.Parse(r.Outputs!.RootElement.GetRawText()) as JsonObject ?? [], StringComparer.Ordinal);
        var plans = new List<ResourceChangePlan>();
        foreach (var change in changes)
        {
            var definition = providers.WorkflowFor(change.Resource.Type, change.Operation)!;
            var parameters = ResourceWorkflowParameters.Build(change.Resource.Parameters.RootElement, change.Resource, definition, change.Operation);
            var scope = new TemplateScope(parameters, new Dictionary<string, JsonObject>(), outputs, new JsonObject { ["name"] = application.Name });
            plans.Add(new ResourceChangePlan(change.Resource.Name, change.Resource.Type, change.Resource.Provider, change.Operation,
                await workflows.PlanAsync(definition, parameters, scope, cancellationToken)));
        }
        var unchanged = spec.Resources.Keys.Except(plans.Select(p => p.Resource)).Order(StringComparer.Ordinal).ToList();
        return (null, new ApplicationPlan(application.Name, revision, plans.All(p => p.Plan.Valid), plans, unchanged));
    }
}
