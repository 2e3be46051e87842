using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Installation;
using Innominatus.DemoService.Status;
using Innominatus.ServiceDefaults.Kubernetes;
using Innominatus.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.DemoService.Apis;

/// <summary>
/// demo-time, demo-status and demo-nuke. Admins only: the runs install cluster-wide software with the engine's
/// credentials, and the status names where the generated credentials are.
/// </summary>
public static class DemoApi
{
    public static RouteGroupBuilder MapDemoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/demo").WithTags("Demo").RequireAuthorization(InternalCallerDefaults.AdminPolicy);
        api.MapPost("/time", Time)
            .WithName("DemoTime")
            .WithSummary("Starts one workflow that installs (or reconciles) the demo components asked for and what they need, in dependency order.");
        api.MapGet("/status", GetStatus)
            .WithName("DemoStatus")
            .WithSummary("Each demo component's state from the latest demo-time and demo-nuke runs, with its URL and where its credentials are.");
        api.MapPost("/reset", Reset)
            .WithName("DemoReset")
            .WithSummary("Deletes the demo-time and demo-nuke runs (steps, logs, outputs) from Innominatus' own database; touches no cluster; needs confirm: true.");
        api.MapPost("/nuke", Nuke)
            .WithName("DemoNuke")
            .WithSummary("Starts one workflow that uninstalls every demo component in reverse order and deletes the demo namespaces; needs confirm: true.");
        return api;
    }

    public static async Task<Results<Accepted<DemoRunAccepted>, ProblemHttpResult>> Time(
        DemoTimeRequest? request, HttpContext context, ComponentCatalogue catalogue, IConfiguration configuration, WorkflowServiceClient workflows, CancellationToken cancellationToken)
    {
        var selection = catalogue.Select(request?.Components);
        if (!selection.IsValid)
        {
            return TypedResults.Problem(
                title: "Unknown demo components",
                detail: $"No component named {string.Join(", ", selection.Unknown.Select(n => $"'{n}'"))}; known: {string.Join(", ", catalogue.All.Select(c => c.Name))}.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["unknownComponents"] = selection.Unknown, ["knownComponents"] = catalogue.All.Select(c => c.Name).ToList() });
        }
        var workflow = DemoWorkflows.Install(selection.Components, PlatformConfigTarget.For(catalogue, configuration));
        return await StartAsync(DemoWorkflows.InstallName, workflow, selection.Components.Select(c => c.Name).ToList(), context, workflows, cancellationToken);
    }

    public static async Task<Results<Ok<DemoStatus>, ProblemHttpResult>> GetStatus(
        HttpContext context, ComponentCatalogue catalogue, WorkflowServiceClient workflows, ComponentHealthChecks checks, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        try
        {
            var principal = Principal(context);
            var install = await workflows.LatestAsync(DemoWorkflows.InstallName, principal, cancellationToken);
            var nuke = await workflows.LatestAsync(DemoWorkflows.NukeName, principal, cancellationToken);
            var status = StatusReader.Read(catalogue, install, nuke);
            var present = status.Components.Where(c => c.MayBeThere).Select(c => c.Name).ToHashSet();
            var health = await checks.CheckAsync([.. catalogue.All.Where(c => present.Contains(c.Name))], principal, cancellationToken);
            var sso = SingleSignOnGuide.For(catalogue, configuration, KubernetesEnvironment.IsInCluster(configuration));
            return TypedResults.Ok(StatusReader.WithHealth(status, health) with { SingleSignOn = sso });
        }
        catch (WorkflowServiceException e)
        {
            return Unavailable(e);
        }
    }

    public static async Task<Results<Accepted<DemoRunAccepted>, ProblemHttpResult>> Nuke(
        DemoNukeRequest? request, HttpContext context, ComponentCatalogue catalogue, WorkflowServiceClient workflows, CancellationToken cancellationToken)
    {
        if (request?.Confirm != true)
        {
            return TypedResults.Problem(
                title: "Confirmation required",
                detail: "demo-nuke removes every demo component and the demo namespaces; send {\"confirm\": true} (innominatus-ctl demo-nuke --yes).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        var workflow = DemoWorkflows.Nuke(catalogue.All);
        return await StartAsync(DemoWorkflows.NukeName, workflow, catalogue.All.Select(c => c.Name).ToList(), context, workflows, cancellationToken);
    }

    public static async Task<Results<Ok<DemoReset>, ProblemHttpResult>> Reset(
        DemoResetRequest? request, HttpContext context, WorkflowServiceClient workflows, CancellationToken cancellationToken)
    {
        if (request?.Confirm != true)
        {
            return TypedResults.Problem(
                title: "Confirmation required",
                detail: "demo-reset deletes every demo-time and demo-nuke run from Innominatus' database; send {\"confirm\": true} (innominatus-ctl demo-reset --yes).",
                statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            var cleared = await workflows.ClearAsync([DemoWorkflows.InstallName, DemoWorkflows.NukeName], Principal(context), cancellationToken);
            return TypedResults.Ok(new DemoReset(cleared.Runs, cleared.Steps, cleared.LogLines));
        }
        catch (WorkflowServiceException e) when (e.Status == StatusCodes.Status409Conflict)
        {
            return TypedResults.Problem(title: "A demo run is still going", detail: e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        catch (WorkflowServiceException e)
        {
            return Unavailable(e);
        }
    }

    private static async Task<Results<Accepted<DemoRunAccepted>, ProblemHttpResult>> StartAsync(
        string kind, System.Text.Json.Nodes.JsonObject workflow, IReadOnlyList<string> components, HttpContext context, WorkflowServiceClient workflows, CancellationToken cancellationToken)
    {
        try
        {
            var accepted = await workflows.StartAsync(kind, workflow, Principal(context), cancellationToken);
            return TypedResults.Accepted($"/api/workflows/{accepted.WorkflowRunId}", new DemoRunAccepted(accepted.WorkflowRunId, kind, components));
        }
        catch (WorkflowServiceException e)
        {
            return Unavailable(e);
        }
    }

    // The gateway's signed principal, passed on as it came: the WorkflowService verifies it again.
    private static string Principal(HttpContext context) => context.Request.Headers[InternalCallerDefaults.HeaderName].ToString();

    private static ProblemHttpResult Unavailable(WorkflowServiceException e) => TypedResults.Problem(
        title: "The workflow service did not take the demo run",
        detail: e.Message,
        statusCode: e.Status is >= 400 and < 500 ? StatusCodes.Status502BadGateway : StatusCodes.Status503ServiceUnavailable);
}
