using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Workflows.Planning;

namespace Innominatus.WorkflowService.Apis;

public static class WorkflowPlansApi
{
    public static RouteGroupBuilder MapWorkflowPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapPost("/plan", Plan)
            .WithName("PlanWorkflow")
            .WithSummary("What a run of a golden path or a posted workflow would do: every step in order and each Kubernetes object's server-side dry run. Nothing runs.");
        return api;
    }

    public static Task<IResult> Plan(WorkflowPlanRequest request, CallerPrincipal caller, WorkflowPlanService plans, CancellationToken cancellationToken) =>
        plans.PlanAsync(request, caller, cancellationToken);
}
