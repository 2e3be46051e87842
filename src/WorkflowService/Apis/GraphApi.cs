using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Graph;
using Innominatus.WorkflowService.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

public static class GraphApi
{
    public static RouteGroupBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/graph").WithTags("Graph").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>();
        api.MapGet("/{app}", Get).WithName("GetApplicationGraph")
            .WithSummary("An application as a graph: revisions, resources with provider and state, the latest runs and their steps, with typed edges. ?format=json|mermaid|dot|svg.");
        app.MapGroup("/api/workflows").WithTags("Graph").RequireAuthorization().AddEndpointFilter<RequireCallerFilter>()
            .MapGet("/{id:guid}/graph", GetRun).WithName("GetWorkflowGraph")
            .WithSummary("A run as a graph: its steps with state and duration, and the order they depend on. ?format=json|mermaid|dot|svg.");
        return api;
    }

    public static async Task<Results<Ok<ApplicationGraph>, ContentHttpResult, ProblemHttpResult>> Get(
        string app, string? format, CallerPrincipal caller, ApplicationGraphBuilder graphs, CancellationToken cancellationToken) =>
        GraphFormat.Parse(format) is not { } chosen ? UnknownFormat(format)
        : await graphs.BuildAsync(app, caller, cancellationToken) is not { } graph ? (ProblemHttpResult)Problems.ApplicationNotFound(app)
        : Render(graph, chosen);

    public static async Task<Results<Ok<ApplicationGraph>, ContentHttpResult, ProblemHttpResult>> GetRun(
        Guid id, string? format, CallerPrincipal caller, RunGraphBuilder graphs, CancellationToken cancellationToken) =>
        GraphFormat.Parse(format) is not { } chosen ? UnknownFormat(format)
        : await graphs.BuildAsync(id, caller, cancellationToken) is not { } graph ? Problems.RunNotFound(id)
        : Render(graph, chosen);

    private static Results<Ok<ApplicationGraph>, ContentHttpResult, ProblemHttpResult> Render(ApplicationGraph graph, GraphFormat chosen) => chosen.Name switch
    {
        "mermaid" => TypedResults.Text(MermaidWriter.Write(graph), chosen.ContentType),
        "dot" => TypedResults.Text(DotWriter.Write(graph), chosen.ContentType),
        "svg" => TypedResults.Text(SvgWriter.Write(graph), chosen.ContentType),
        _ => TypedResults.Ok(graph),
    };

    private static ProblemHttpResult UnknownFormat(string? format) => TypedResults.Problem(
        title: "Unknown graph format",
        detail: $"'{format}' is not a graph format; use one of {string.Join(", ", GraphFormat.All.Select(f => f.Name))}.",
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["formats"] = GraphFormat.All.Select(f => f.Name).ToList() });
}
