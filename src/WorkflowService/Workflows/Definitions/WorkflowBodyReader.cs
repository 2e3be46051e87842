using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>What full and inline workflow definitions share: parameters, steps, outputs, and the checks across them.</summary>
internal static class WorkflowBodyReader
{
    public static WorkflowDefinition Read(JsonObject map, string name, string? description, string path, DefinitionContext context)
    {
        var parameters = map.TryGetPropertyValue("parameters", out var parametersNode)
            ? ParameterDefinitionReader.ReadAll(parametersNode, JsonPath.Property(path, "parameters"), context)
            : new Dictionary<string, ParameterDefinition>();
        var stepsPath = JsonPath.Property(path, "steps");
        var steps = context.Read.Required(map, path, "steps", out var stepsNode) ? StepReader.ReadAll(stepsNode, stepsPath, context) : [];
        var outputs = map.TryGetPropertyValue("outputs", out var outputsNode)
            ? OutputsReader.Read(outputsNode, JsonPath.Property(path, "outputs"), context)
            : new Dictionary<string, string>();
        var definition = new WorkflowDefinition(name, description, parameters, steps.Select(step => step.Step).ToList(), outputs);
        StepGraphChecker.Check(steps, stepsPath, context);
        ReferenceChecker.Check(definition, steps, path, context);
        return definition;
    }
}
