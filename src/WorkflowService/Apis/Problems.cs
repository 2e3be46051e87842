namespace Innominatus.WorkflowService.Apis;

/// <summary>Problem answers several APIs give alike.</summary>
public static class Problems
{
    /// <summary>Another team's application is reported as missing: its name is not the caller's business.</summary>
    public static IResult ApplicationNotFound(string name) =>
        TypedResults.Problem(title: "Application not found", detail: $"There is no application '{name}' you can see.", statusCode: StatusCodes.Status404NotFound);

    public static IResult OtherTeam(string name) =>
        TypedResults.Problem(title: "Application belongs to another team", detail: $"'{name}' is owned by another team; choose another name.", statusCode: StatusCodes.Status403Forbidden);
}
