using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>Container volumes ($defs/containerVolume): a map of target path to volume, or the deprecated list.</summary>
internal static class VolumesReader
{
    private static readonly string[] Fields = ["source", "path", "target", "readOnly"];

    public static IReadOnlyList<ContainerVolume>? Read(JsonNode? node, string path, ScoreValidation v)
    {
        switch (node)
        {
            case JsonObject map:
                return map.Select(entry => Volume(entry.Value, JsonPath.Property(path, entry.Key), entry.Key, v)).OfType<ContainerVolume>().ToList();
            case JsonArray list:
                return list.Select((item, i) => Volume(item, JsonPath.Index(path, i), null, v)).OfType<ContainerVolume>().ToList();
            default:
                v.Report(path, $"must be a map of target paths to volumes (or the deprecated list of volumes), got {JsonKinds.Describe(node)}");
                return null;
        }
    }

    private static ContainerVolume? Volume(JsonNode? node, string path, string? mapTarget, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        if (mapTarget is not null && map.ContainsKey("target"))
            v.Report(JsonPath.Property(path, "target"), "'target' is only allowed in the deprecated list form; in a map the key is the target");
        return new ContainerVolume(
            mapTarget ?? v.Optional(map, path, "target", v.Read.String),
            v.Required(map, path, "source", v.Read.String) ?? "",
            v.Optional(map, path, "path", v.Read.String),
            v.Optional(map, path, "readOnly", v.Read.Boolean) ?? false);
    }
}
