using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>What full and inline workflow definitions share: parameters, steps, outputs, and the checks across them.</summary>
internal static class WorkflowBodyReader
{
    public static WorkflowDefinition Read(JsonObject map, string name, string? description, string path, DefinitionContext context)
    {
        var read = context.Read;
        var parameters = read.Optional(map, path, "parameters", (value, at) => ParameterDefinitionReader.ReadAll(value, at, context));
        var steps = read.Required(map, path, "steps", (value, at) => StepReader.ReadAll(value, at, context)) ?? [];
        var outputs = read.Optional(map, path, "outputs", (value, at) => OutputsReader.Read(value, at, context));
        var definition = new WorkflowDefinition(
            name, description, parameters ?? new Dictionary<string, ParameterDefinition>(), steps.Select(step => step.Step).ToList(), outputs ?? new Dictionary<string, string>());
        StepGraphChecker.Check(steps, JsonPath.Property(path, "steps"), context);
        ReferenceChecker.Check(definition, steps, path, context);
        return definition;
    }
}
