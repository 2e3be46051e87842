using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>Container resource limits and requests ($defs/resourcesLimits).</summary>
internal static class ContainerResourcesReader
{
    public static ContainerResources? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, ["limits", "requests"]);
        return new ContainerResources(
            v.Read.Optional(map, path, "limits", (value, at) => Quantities(value, at, v)),
            v.Read.Optional(map, path, "requests", (value, at) => Quantities(value, at, v)));
    }

    private static ResourceQuantities? Quantities(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, ["memory", "cpu"]);
        return new ResourceQuantities(
            v.Read.Optional(map, path, "cpu", (value, at) => v.Text(value, at, ScoreRules.Cpu)),
            v.Read.Optional(map, path, "memory", (value, at) => v.Text(value, at, ScoreRules.Memory)));
    }
}
