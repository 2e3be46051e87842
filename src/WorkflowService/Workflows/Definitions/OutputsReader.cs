using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Output maps (of a workflow or a step): key to a string, usually a placeholder.</summary>
internal static class OutputsReader
{
    public static IReadOnlyDictionary<string, string> Read(JsonNode? node, string path, DefinitionContext context)
    {
        var outputs = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        if (context.Read.Map(node, path) is not { } map)
            return outputs;
        foreach (var (key, value) in map)
        {
            var at = JsonPath.Property(path, key);
            if (!DefinitionRules.IsKey(key))
                context.Report(at, $"output '{key}' is not {DefinitionRules.KeyMeaning}");
            outputs[key] = context.Read.String(value, at) ?? "";
        }
        return outputs;
    }
}
