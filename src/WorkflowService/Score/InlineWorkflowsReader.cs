using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>innominatus' <c>workflows</c> extension: a map of workflow name to inline workflow definition.</summary>
internal static class InlineWorkflowsReader
{
    public static IReadOnlyDictionary<string, WorkflowDefinition>? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        var workflows = new OrderedDictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            var at = JsonPath.Property(path, name);
            if (!DefinitionRules.IsName(name))
                v.Report(at, $"workflow name '{name}' is not {DefinitionRules.NameMeaning}");
            var result = WorkflowDefinitionParser.FromNode(value, name, at);
            foreach (var error in result.Errors)
                v.Report(error.Path, error.Message);
            if (result.Value is { } workflow)
                workflows[name] = workflow;
        }
        return workflows;
    }
}
