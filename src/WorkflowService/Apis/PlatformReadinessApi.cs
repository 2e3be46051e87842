using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.PlatformReadiness;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

/// <summary>
/// The readiness of Deployments and StatefulSets, read with the engine's cluster credentials, for demo-status. Like
/// <see cref="PlatformRunsApi"/>: not under /api (the gateway has no route here) and admins only, since it reads any
/// namespace.
/// </summary>
public static class PlatformReadinessApi
{
    public const string Route = "/internal/platform-readiness";

    /// <summary>Enough for a catalogue; a bound, since each object is one read against the API server.</summary>
    public const int MaxObjects = 50;

    public static RouteGroupBuilder MapPlatformReadinessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Route).WithTags("Platform readiness").RequireAuthorization(InternalCallerDefaults.AdminPolicy).ExcludeFromDescription();
        api.MapPost("/", Read)
            .WithName("ReadPlatformReadiness")
            .WithSummary("Whether each Deployment or StatefulSet asked for is ready now, with how long the read took; admins only.");
        return api;
    }

    public static async Task<Results<Ok<ReadinessAnswer>, ProblemHttpResult>> Read(ReadinessRequest request, PlatformReadinessReader reader, CancellationToken cancellationToken)
    {
        var objects = request.Objects ?? [];
        var problems = new List<string>();
        if (objects.Count > MaxObjects)
        {
            problems.Add($"at most {MaxObjects} objects");
        }
        foreach (var o in objects)
        {
            if (o.Kind is null || !PlatformReadinessReader.Kinds.ContainsKey(o.Kind))
            {
                problems.Add($"kind '{o.Kind}' is not one of {string.Join(", ", PlatformReadinessReader.Kinds.Keys)}");
            }
            if (o.Namespace is null || !DefinitionRules.IsName(o.Namespace) || o.Name is null || !DefinitionRules.IsName(o.Name))
            {
                problems.Add($"'{o.Namespace}/{o.Name}' is not a namespace and object name");
            }
        }
        if (problems.Count > 0)
        {
            return TypedResults.Problem(title: "Invalid readiness request", detail: string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
        }
        var answers = new List<ObjectReadiness>();
        foreach (var o in objects)
        {
            answers.Add(await reader.ReadAsync(o.Kind!, o.Namespace!, o.Name!, cancellationToken));
        }
        return TypedResults.Ok(new ReadinessAnswer(answers));
    }
}
