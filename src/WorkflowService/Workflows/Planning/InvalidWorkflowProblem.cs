using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>The 400 answer to a posted workflow that does not parse: its errors, keyed by the field of the body they are in.</summary>
public static class InvalidWorkflowProblem
{
    public static ValidationProblem From(IEnumerable<DefinitionError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => "workflow" + e.Path.TrimStart('$')).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray()),
            title: "The workflow definition is not valid");
}
