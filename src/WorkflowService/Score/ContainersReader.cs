using Innominatus.WorkflowService.Yaml;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>The containers map: at least one, named like DNS labels, each a valid container.</summary>
internal static class ContainersReader
{
    public static IReadOnlyDictionary<string, ContainerSpec>? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        if (map.Count == 0)
            v.Report(path, "at least one container is required");
        if (map.Count > v.Limits.MaxContainers)
        {
            v.Report(path, $"{map.Count} containers is more than the limit of {v.Limits.MaxContainers}");
            return null;
        }
        var containers = new OrderedDictionary<string, ContainerSpec>(StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            var at = JsonPath.Property(path, name);
            v.Key(name, at, "container name", ScoreRules.Name);
            if (ContainerReader.Read(name, value, at, v) is { } container)
                containers[name] = container;
        }
        return containers;
    }
}
