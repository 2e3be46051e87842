using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>The resources map ($defs/resource): type, class, id, metadata and params of each dependency.</summary>
internal static class ResourcesReader
{
    private static readonly string[] Fields = ["type", "class", "id", "metadata", "params"];

    public static IReadOnlyDictionary<string, ResourceSpec>? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        if (map.Count > v.Limits.MaxResources)
        {
            v.Report(path, $"{map.Count} resources is more than the limit of {v.Limits.MaxResources}");
            return null;
        }
        var resources = new OrderedDictionary<string, ResourceSpec>(StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            var at = JsonPath.Property(path, name);
            v.Key(name, at, "resource name", ScoreRules.Name);
            if (Resource(name, value, at, v) is { } resource)
                resources[name] = resource;
        }
        return resources;
    }

    private static ResourceSpec? Resource(string name, JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        return new ResourceSpec(
            name,
            v.Read.Required(map, path, "type", (value, at) => v.Text(value, at, ScoreRules.ResourceType)) ?? "",
            v.Read.Optional(map, path, "class", (value, at) => v.Text(value, at, ScoreRules.ResourceType)),
            v.Read.Optional(map, path, "id", (value, at) => v.Text(value, at, ScoreRules.ResourceId)),
            v.Read.Optional(map, path, "params", v.Read.Map)?.DeepClone().AsObject(),
            v.Read.Optional(map, path, "metadata", (value, at) => Metadata(value, at, v))?.DeepClone().AsObject());
    }

    // Resource metadata may hold any keys; only annotations has rules.
    private static JsonObject? Metadata(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.Optional(map, path, "annotations", (value, at) => MetadataReader.Annotations(value, at, v));
        return map;
    }
}
