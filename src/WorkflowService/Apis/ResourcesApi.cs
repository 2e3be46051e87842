using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Apis;

public static class ResourcesApi
{
    public static RouteGroupBuilder MapResourcesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/resources").WithTags("Resources").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapGet("/", List).WithName("ListResources").WithSummary("Resource instances the caller may see, filtered by application, type, provider and state.");
        api.MapGet("/{id:guid}", Get).WithName("GetResource").WithSummary("One resource with its state history and connection outputs (never a secret value).");
        api.MapPost("/{id:guid}/retry", Retry).WithName("RetryResource")
            .WithSummary("Starts the resource's workflow again when it is requested or deprovisioning with no run going, or failed.");
        return api;
    }

    public static async Task<IResult> Retry(Guid id, CallerPrincipal caller, ResourceRetries retries, CancellationToken cancellationToken)
    {
        var outcome = await retries.RetryAsync(id, caller, cancellationToken);
        var resource = outcome.Resource;
        return outcome.Status switch
        {
            ResourceRetryStatus.Retried => TypedResults.Accepted($"/api/resources/{id}", ResourceSummary.From(resource!)),
            ResourceRetryStatus.WrongState => Conflict("Resource cannot be retried",
                $"Resource {resource!.Name} is {resource.State}; only a requested, deprovisioning or failed resource can be retried."),
            ResourceRetryStatus.RunInProgress => Conflict("Resource has a run in progress",
                $"Resource {resource!.Name} has a workflow run that has not finished; cancel it or wait for it."),
            ResourceRetryStatus.NoProvider => Conflict("No provider for the resource",
                $"No provider offers type {resource!.Type} any more, so there is no workflow to start."),
            _ => TypedResults.Problem(title: "Resource not found", detail: $"There is no resource {id} you can see.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static IResult Conflict(string title, string detail) => TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static async Task<Ok<Page<ResourceSummary>>> List([AsParameters] ResourceQuery query, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var resources = db.Resources.AsNoTracking().AsQueryable();
        if (!caller.IsAdmin)
        {
            resources = resources.Where(r => caller.Teams.Contains(r.Team));
        }
        if (!string.IsNullOrWhiteSpace(query.Application))
        {
            resources = resources.Where(r => r.Application == query.Application);
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            resources = resources.Where(r => r.Type == query.Type);
        }
        if (!string.IsNullOrWhiteSpace(query.Provider))
        {
            resources = resources.Where(r => r.Provider == query.Provider);
        }
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            resources = resources.Where(r => r.State == query.State);
        }
        var total = await resources.CountAsync(cancellationToken);
        var items = await resources.OrderBy(r => r.Application).ThenBy(r => r.Name).Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ResourceSummary>(items.Select(ResourceSummary.From).ToList(), query.PageNumber, query.Size, total));
    }

    public static async Task<IResult> Get(Guid id, CallerPrincipal caller, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var resource = await db.Resources.AsNoTracking().Include(r => r.Transitions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resource is null || !caller.MaySee(resource.Team))
        {
            return TypedResults.Problem(title: "Resource not found", detail: $"There is no resource {id} you can see.", statusCode: StatusCodes.Status404NotFound);
        }
        return TypedResults.Ok(ResourceView.From(resource));
    }
}
