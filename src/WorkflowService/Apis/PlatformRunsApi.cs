using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.PlatformRuns;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

/// <summary>
/// Platform runs started by another service on an admin's behalf (the DemoService forwards the admin's own signed
/// principal). Not under /api: the gateway has no route here, so no client reaches it through the gateway, and a
/// service caller that is not an admin gets 403.
/// </summary>
public static class PlatformRunsApi
{
    public const string Route = "/internal/platform-runs";

    public static RouteGroupBuilder MapPlatformRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Route).WithTags("Platform runs").RequireAuthorization(InternalCallerDefaults.AdminPolicy).ExcludeFromDescription();
        api.MapPost("/", Start)
            .WithName("StartPlatformRun")
            .WithSummary("Starts a platform workflow (helm steps allowed) posted by a service on an admin's behalf; answers with the run's id.");
        api.MapDelete("/", Clear)
            .WithName("ClearPlatformRuns")
            .WithSummary("Deletes every platform run of the kinds given (?kind=demo-time&kind=demo-nuke) with its steps and logs; 409 while one is still going.");
        return api;
    }

    public static async Task<Results<Ok<PlatformRunsCleared>, ProblemHttpResult>> Clear(string[]? kind, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var kinds = (kind ?? []).Distinct().ToList();
        if (kinds.Count == 0 || kinds.Any(k => !PlatformRunKinds.All.Contains(k)))
        {
            return TypedResults.Problem(title: "Unknown platform run kind", detail: $"'kind' must be given, each one of {string.Join(", ", PlatformRunKinds.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return await PlatformRunReset.ClearAsync(db, kinds, cancellationToken) is { } cleared
            ? TypedResults.Ok(cleared)
            : TypedResults.Problem(title: "A platform run is still going", detail: $"A {string.Join(" or ", kinds)} run has not finished; wait for it (or cancel it) before clearing.", statusCode: StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Accepted<PlatformRunAccepted>, ValidationProblem, ProblemHttpResult>> Start(
        PlatformRunRequest request, CallerPrincipal caller, WorkflowEngine engine, WorkflowDbContext db, StepDispatch dispatch, CancellationToken cancellationToken)
    {
        if (request.Kind is not { } kind || !PlatformRunKinds.All.Contains(kind))
        {
            return TypedResults.Problem(title: "Unknown platform run kind", detail: $"'kind' must be one of {string.Join(", ", PlatformRunKinds.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }
        var parsed = WorkflowDefinitionParser.Parse(request.Workflow ?? "", kind);
        if (!parsed.IsValid)
        {
            return InvalidWorkflowProblem.From(parsed.Errors);
        }
        var execution = engine.Create(parsed.Value!, [], new ExecutionRequest(kind, "", caller.User));
        await db.SaveChangesAsync(cancellationToken);
        await dispatch.CommittedAsync();
        return TypedResults.Accepted($"/api/workflows/{execution.Id}", new PlatformRunAccepted(execution.Id, kind, execution.Name));
    }
}
