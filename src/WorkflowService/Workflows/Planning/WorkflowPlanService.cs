using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>Plans a golden path or a posted definition the way a run of it would see its parameters and resources.</summary>
public sealed class WorkflowPlanService(IGoldenPathCatalog goldenPaths, GoldenPathRunGuard guard, WorkflowDbContext db, ScopeBuilder scopes, WorkflowPlanner planner)
{
    public async Task<IResult> PlanAsync(WorkflowPlanRequest request, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.GoldenPath) == string.IsNullOrWhiteSpace(request.Workflow))
        {
            return TypedResults.Problem(title: "Nothing to plan", detail: "Give either 'goldenPath' (a name) or 'workflow' (a workflow definition in YAML), not both.", statusCode: StatusCodes.Status400BadRequest);
        }
        WorkflowDefinition definition;
        var parameters = request.Parameters ?? [];
        if (request.GoldenPath is { Length: > 0 } name)
        {
            if (goldenPaths.Find(name) is not { } path)
            {
                return TypedResults.Problem(title: "Golden path not found", detail: $"There is no golden path '{name}'.", statusCode: StatusCodes.Status404NotFound);
            }
            // A plan dry-runs against the cluster, so it passes the same rules as a run before it shows anything.
            var validated = ParameterValidator.Validate(path.Parameters, request.Parameters, "parameters").Value ?? (JsonObject)parameters.DeepClone();
            var refusal = guard.ApplySettings(path, request.Parameters, validated) ?? await guard.CheckCallerAsync(path, validated, caller, cancellationToken);
            if (refusal is not null)
            {
                return refusal.ToProblem();
            }
            definition = path.Workflow;
            parameters = validated;
        }
        else
        {
            var parsed = WorkflowDefinitionParser.Parse(request.Workflow!, "workflow");
            if (!parsed.IsValid)
            {
                return InvalidWorkflowProblem.From(parsed.Errors);
            }
            definition = parsed.Value!;
            // A workflow a team member writes is a tenant workflow, however it arrives: the same rules as a Score file's.
            if (!caller.IsAdmin && TenantWorkflowRules.Errors(definition, request.Application ?? "", "workflow") is { Count: > 0 } refused)
            {
                return Applications.SpecTenancyCheck.Refusal(refused.Select(e => e.ToString()).ToList());
            }
        }
        var resources = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (request.Application is { Length: > 0 } application)
        {
            var owner = await db.Applications.AsNoTracking().Where(a => a.Name == application).Select(a => a.Team).SingleOrDefaultAsync(cancellationToken);
            if (owner is null || !caller.MaySee(owner))
            {
                return Apis.Problems.ApplicationNotFound(application);
            }
            resources = await scopes.ResourceOutputsAsync(application, cancellationToken);
        }
        var scope = new TemplateScope([], new Dictionary<string, JsonObject>(), resources, new JsonObject { ["name"] = request.Application });
        return TypedResults.Ok(await planner.PlanAsync(definition, parameters, scope, cancellationToken));
    }
}
