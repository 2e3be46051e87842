using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

public static class GoldenPathsApi
{
    public static RouteGroupBuilder MapGoldenPathsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/golden-paths").WithTags("Golden paths").RequireAuthorization().AddEndpointFilter<Identity.RequireCallerFilter>();
        api.MapGet("/", ListGoldenPaths)
            .WithName("ListGoldenPaths")
            .WithSummary("Lists the golden paths with category, tags and estimated duration.");
        api.MapGet("/{name}", GetGoldenPath)
            .WithName("GetGoldenPath")
            .WithSummary("Shows one golden path with its documented parameters and steps.");
        api.MapPost("/{name}/runs", StartGoldenPathRun)
            .WithName("StartGoldenPathRun")
            .WithSummary("Validates the parameters, checks that those naming team-owned things name the caller's team's, and starts a run of the golden path.");
        return api;
    }

    public static RouteGroupBuilder MapGoldenPathsAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/golden-paths").WithTags("Golden paths").RequireAuthorization(Innominatus.ServiceDefaults.Security.InternalCallerDefaults.AdminPolicy);
        api.MapPost("/reload", ReloadGoldenPaths)
            .WithName("ReloadGoldenPaths")
            .WithSummary("Reloads the golden path folders; on any error the previous golden paths stay in place.");
        return api;
    }

    public static Ok<IReadOnlyList<GoldenPathSummary>> ListGoldenPaths(IGoldenPathCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<GoldenPathSummary>>([.. catalog.All.Select(GoldenPathSummary.From)]);

    public static Results<Ok<GoldenPathDetail>, ProblemHttpResult> GetGoldenPath(string name, IGoldenPathCatalog catalog) =>
        catalog.Find(name) is { } path ? TypedResults.Ok(GoldenPathDetail.From(path)) : NotFound(name);

    public static async Task<Results<Accepted<GoldenPathRunAccepted>, ValidationProblem, ProblemHttpResult>> StartGoldenPathRun(
        string name, GoldenPathRunRequest? request, CallerPrincipal caller, IGoldenPathCatalog catalog, GoldenPathRunGuard guard, IGoldenPathRunStarter starter, CancellationToken cancellationToken)
    {
        if (catalog.Find(name) is not { } path)
        {
            return NotFound(name);
        }
        var validation = ParameterValidator.Validate(path.Parameters, request?.Parameters, "parameters");
        if (!validation.IsValid)
        {
            var errors = validation.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: $"The parameters for golden path '{name}' are not valid");
        }
        var refusal = guard.ApplySettings(path, request?.Parameters, validation.Value!)
            ?? await guard.CheckCallerAsync(path, validation.Value!, caller, cancellationToken);
        if (refusal is not null)
        {
            return refusal.ToProblem();
        }
        var accepted = await starter.StartAsync(path, validation.Value!, cancellationToken);
        return TypedResults.Accepted(accepted.WorkflowRunId is { } id ? $"/api/workflows/{id}" : null, accepted);
    }

    public static async Task<Results<Ok<GoldenPathLoadResult>, ProblemHttpResult>> ReloadGoldenPaths(IGoldenPathCatalog catalog, CancellationToken cancellationToken)
    {
        var result = await catalog.ReloadAsync(cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(result);
        }
        return TypedResults.Problem(
            title: "The golden paths could not be reloaded",
            detail: $"{result.Errors.Count} errors; the {result.GoldenPaths.Count} golden paths loaded before stay in use.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors, ["goldenPaths"] = result.GoldenPaths });
    }

    private static ProblemHttpResult NotFound(string name) => TypedResults.Problem(
        title: "Golden path not found",
        detail: $"No golden path named '{name}' is loaded.",
        statusCode: StatusCodes.Status404NotFound);
}
