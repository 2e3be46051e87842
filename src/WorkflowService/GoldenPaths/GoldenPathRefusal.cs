using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Why a golden path run (or its plan) is refused; the title names the rule.</summary>
public sealed record GoldenPathRefusal(int Status, string Title, string Detail)
{
    public ProblemHttpResult ToProblem() => TypedResults.Problem(title: Title, detail: Detail, statusCode: Status);
}
