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
        return api;
    }

    public static async Task<Results<Ok<ApplicationGraph>, ContentHttpResult, ProblemHttpResult>> Get(
        string app, string? format, CallerPrincipal caller, ApplicationGraphBuilder graphs, CancellationToken cancellationToken)
    {
        if (GraphFormat.Parse(format) is not { } chosen)
        {
            return TypedResults.Problem(
                title: "Unknown graph format",
                detail: $"'{format}' is not a graph format; use one of {string.Join(", ", GraphFormat.All.Select(f => f.Name))}.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["formats"] = GraphFormat.All.Select(f => f.Name).ToList() });
        }
        if (await graphs.BuildAsync(app, caller, cancellationToken) is not { } graph)
        {
            return (ProblemHttpResult)Problems.ApplicationNotFound(app);
        }
        return chosen.Name switch
        {
            "mermaid" => TypedResults.Text(MermaidWriter.Write(graph), chosen.ContentType),
            "dot" => TypedResults.Text(DotWriter.Write(graph), chosen.ContentType),
            "svg" => TypedResults.Text(SvgWriter.Write(graph), chosen.ContentType),
            _ => TypedResults.Ok(graph),
        };
    }
}
