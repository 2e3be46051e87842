using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Apis;

/// <summary>Problem answers several APIs give alike.</summary>
public static class Problems
{
    /// <summary>Another team's application is reported as missing: its name is not the caller's business.</summary>
    public static IResult ApplicationNotFound(string name) =>
        TypedResults.Problem(title: "Application not found", detail: $"There is no application '{name}' you can see.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Another team's run is reported as missing, like its applications.</summary>
    public static ProblemHttpResult RunNotFound(Guid id) =>
        TypedResults.Problem(title: "Workflow run not found", detail: $"There is no run {id} you can see.", statusCode: StatusCodes.Status404NotFound);

    public static IResult OtherTeam(string name) =>
        TypedResults.Problem(title: "Application belongs to another team", detail: $"'{name}' is owned by another team; choose another name.", statusCode: StatusCodes.Status403Forbidden);
}
