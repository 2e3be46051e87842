using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Placeholders;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// Checks the placeholders in when, config, and outputs: <c>${parameters.NAME}</c> must be declared, and
/// <c>${steps.NAME.outputs.KEY}</c> must name a step that has finished by then. <c>${resources...}</c> and
/// <c>${metadata...}</c> are resolved at run time.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(WorkflowDefinition definition, IReadOnlyList<IndexedStep> steps, string path, DefinitionContext context)
    {
        var order = new StepOrder(definition.Steps);
        var stepsPath = JsonPath.Property(path, "steps");
        foreach (var (index, step) in steps)
        {
            var stepPath = JsonPath.Index(stepsPath, index);
            var scope = new Scope(definition, order, step);
            if (step.When is { } when)
                CheckString(when, JsonPath.Property(stepPath, "when"), scope, context);
            CheckTree(step.Config, JsonPath.Property(stepPath, "config"), scope, context);
            foreach (var (key, value) in step.Outputs)
                CheckString(value, JsonPath.Property(JsonPath.Property(stepPath, "outputs"), key), scope, context);
        }
        var workflowScope = new Scope(definition, order, null);
        foreach (var (key, value) in definition.Outputs)
            CheckString(value, JsonPath.Property(JsonPath.Property(path, "outputs"), key), workflowScope, context);
    }

    private static void CheckTree(JsonNode? node, string path, Scope scope, DefinitionContext context)
    {
        foreach (var (at, text) in JsonStrings.Within(node, path))
            CheckString(text, at, scope, context);
    }

    private static void CheckString(string text, string path, Scope scope, DefinitionContext context)
    {
        var scan = Placeholder.Scan(text);
        foreach (var reference in scan.References)
        {
            if (scope.Problem(reference) is { } problem)
                context.Report(path, problem);
        }
        if (scan.UnterminatedAt is { } start)
            context.Report(path, $"the placeholder starting at character {start + 1} is never closed with '}}' (write $$ for a literal $)");
    }

    /// <summary>What a placeholder may refer to from one place: a step (null for the workflow's outputs).</summary>
    private sealed record Scope(WorkflowDefinition Definition, StepOrder Order, StepDefinition? Step)
    {
        public string? Problem(PlaceholderReference reference)
        {
            if (reference.FormProblem is { } malformed)
                return malformed;
            var (shown, segments) = (reference.Text, reference.Segments);
            return reference.Root switch
            {
                "parameters" when !Definition.Parameters.ContainsKey(segments[1]) => $"placeholder {shown} refers to parameter '{segments[1]}', which is not declared in parameters",
                "parameters" or "resources" or "metadata" => null,
                "steps" when segments.Count < 4 || segments[2] != "outputs" => $"placeholder {shown} must have the form ${{steps.STEP.outputs.KEY}}",
                "steps" when !Order.Exists(segments[1]) => $"placeholder {shown} refers to step '{segments[1]}', which does not exist",
                "steps" when Step is not null && !Order.RunsBefore(segments[1], Step.Name) =>
                    $"step '{Step.Name}' uses {shown}, but step '{segments[1]}' does not run before it: add it to dependsOn (directly or through another step) or move it to an earlier phase",
                "steps" => null,
                _ => $"placeholder {shown} starts with '{reference.Root}'; use parameters, steps, resources or metadata (write $$ for a literal $)",
            };
        }
    }
}
