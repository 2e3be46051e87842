using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Score;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Apis;

public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapPost("/", Submit).WithName("SubmitApplication")
            .WithSummary("Creates or updates an application from a Score spec (YAML or JSON); every accepted change is a new revision. ?dryRun=true returns the plan instead.");
        api.MapGet("/", List).WithName("ListApplications").WithSummary("Lists the caller's team's applications (every team's for admins), with filters and paging.");
        api.MapGet("/{name}", Get).WithName("GetApplication").WithSummary("An application with its resources and current spec.");
        api.MapGet("/{name}/revisions", Revisions).WithName("ListApplicationRevisions").WithSummary("Every accepted revision of an application, newest first.");
        api.MapPost("/{name}/deprovision", Deprovision).WithName("DeprovisionApplication").WithSummary("Tears every resource down; the application and its history stay.");
        api.MapDelete("/{name}", Delete).WithName("DeleteApplication").WithSummary("Removes an application whose resources are all deleted (admins may force).");
        return api;
    }

    public static async Task<IResult> Submit(
        HttpRequest request, bool? dryRun, CallerPrincipal caller, SpecTenancyCheck tenancy, ApplicationSubmissionService submissions, ApplicationPlanService plans, CancellationToken cancellationToken)
    {
        var (text, problem) = await SpecRequest.ReadAsync(request, ScoreLimits.Default, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var parsed = ScoreParser.Parse(text!);
        if (!parsed.IsValid)
        {
            return SpecRequest.Invalid(parsed.Errors);
        }
        if (tenancy.Errors(parsed.Spec!) is { Count: > 0 } refused)
        {
            return SpecTenancyCheck.Refusal(refused.Select(e => e.ToString()).ToList());
        }
        if (dryRun == true)
        {
            var (refusal, plan) = await plans.PlanAsync(parsed.Spec!, caller, cancellationToken);
            return refusal is null ? TypedResults.Ok(plan) : Refusal(refusal, parsed.Spec!);
        }
        var outcome = await submissions.SubmitAsync(parsed.Spec!, caller, cancellationToken);
        return outcome.Status switch
        {
            SubmissionStatus.Created => TypedResults.Created($"/api/applications/{outcome.Application!.Name}", outcome.Application),
            SubmissionStatus.Updated or SubmissionStatus.Unchanged => TypedResults.Ok(outcome.Application),
            _ => Refusal(outcome, parsed.Spec!),
        };
    }

    private static IResult Refusal(SubmissionOutcome outcome, ScoreSpec spec) =>
        outcome.Status switch
        {
            SubmissionStatus.Forbidden => Problems.OtherTeam(spec.Metadata.Name),
            SubmissionStatus.NoTeam => TypedResults.Problem(title: "No team", detail: "An application belongs to a team: send the request as a member of one.", statusCode: StatusCodes.Status422UnprocessableEntity),
            SubmissionStatus.InvalidParameters => TypedResults.Problem(
                title: "Invalid parameters",
                detail: string.Join("; ", outcome.ParameterErrors!),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["errors"] = outcome.ParameterErrors }),
            _ => TypedResults.Problem(
                title: "Unknown resource types",
                detail: $"No provider offers {string.Join(", ", outcome.UnknownTypes!)}. Types on offer: {string.Join(", ", outcome.OfferedTypes!.Order(StringComparer.Ordinal))}.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["unknownTypes"] = outcome.UnknownTypes, ["offeredTypes"] = outcome.OfferedTypes!.Order(StringComparer.Ordinal).ToList() }),
        };

    public static async Task<Ok<Page<ApplicationSummary>>> List([AsParameters] ApplicationQuery query, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking().AsQueryable();
        if (!caller.IsAdmin)
        {
            applications = applications.Where(a => caller.Teams.Contains(a.Team));
        }
        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            applications = applications.Where(a => a.Team == query.Team);
        }
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            applications = applications.Where(a => a.State == query.State);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            applications = applications.Where(a => a.Name.Contains(query.Search));
        }
        var total = await applications.CountAsync(cancellationToken);
        var items = await applications.OrderBy(a => a.Name).Skip((query.PageNumber - 1) * query.Size).Take(query.Size)
            .Select(a => new ApplicationSummary(a.Name, a.Team, a.State, a.CurrentRevision, db.Resources.Count(r => r.ApplicationId == a.Id), a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ApplicationSummary>(items, query.PageNumber, query.Size, total));
    }

    public static async Task<IResult> Get(string name, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FindVisibleAsync(name, caller, cancellationToken);
        if (application is null)
        {
            return Problems.ApplicationNotFound(name);
        }
        var resources = await db.Resources.AsNoTracking().Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        var spec = await db.ApplicationRevisions.AsNoTracking()
            .Where(r => r.ApplicationId == application.Id && r.Revision == application.CurrentRevision).Select(r => r.Spec).SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(ApplicationView.From(application, resources, [], spec));
    }

    public static async Task<IResult> Revisions(string name, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FindVisibleAsync(name, caller, cancellationToken);
        if (application is null)
        {
            return Problems.ApplicationNotFound(name);
        }
        var revisions = await db.ApplicationRevisions.AsNoTracking().Where(r => r.ApplicationId == application.Id).OrderByDescending(r => r.Revision)
            .Select(r => new RevisionView(r.Revision, r.SubmittedBy, r.SubmittedAt, r.SpecHash, r.ChangedResources)).ToListAsync(cancellationToken);
        return TypedResults.Ok(revisions);
    }

    public static async Task<IResult> Deprovision(string name, CallerPrincipal caller, WorkflowDbContext db, ApplicationLifecycleService lifecycle, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindVisibleAsync(name, caller, cancellationToken);
        if (application is null)
        {
            return Problems.ApplicationNotFound(name);
        }
        return TypedResults.Accepted($"/api/applications/{name}", await lifecycle.DeprovisionAsync(application, caller, cancellationToken));
    }

    public static async Task<IResult> Delete(string name, bool? force, CallerPrincipal caller, WorkflowDbContext db, ApplicationLifecycleService lifecycle, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindVisibleAsync(name, caller, cancellationToken);
        if (application is null)
        {
            return Problems.ApplicationNotFound(name);
        }
        if (force == true && !caller.IsAdmin)
        {
            return TypedResults.Problem(title: "Forbidden", detail: "Only an admin may force the deletion of an application with live resources.", statusCode: StatusCodes.Status403Forbidden);
        }
        var blocking = await lifecycle.BlockingResourcesAsync(application, cancellationToken);
        if (blocking.Count > 0 && force != true)
        {
            return TypedResults.Problem(
                title: "Application still has resources",
                detail: $"Deprovision '{name}' first (POST /api/applications/{name}/deprovision); not yet deleted: {string.Join(", ", blocking)}.",
                statusCode: StatusCodes.Status409Conflict);
        }
        await lifecycle.DeleteAsync(application, cancellationToken);
        return TypedResults.NoContent();
    }
}
