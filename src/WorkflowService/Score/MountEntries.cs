using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// Container files and volumes: a map of target path to entry, or the deprecated list whose items carry their own
/// target. In the map form the key is the target, so the schema forbids a target field there.
/// </summary>
internal static class MountEntries
{
    /// <summary>Each entry with its path and, in the map form, its target.</summary>
    public static IEnumerable<(JsonNode? Node, string Path, string? MapTarget)> Of(JsonNode? node, string path) => node switch
    {
        JsonObject map => map.Select(entry => (entry.Value, JsonPath.Property(path, entry.Key), (string?)entry.Key)),
        JsonArray list => list.Select((item, i) => (item, JsonPath.Index(path, i), (string?)null)),
        _ => [],
    };

    public static IReadOnlyList<T>? Read<T>(JsonNode? node, string path, string what, ScoreValidation v, Func<JsonNode?, string, string?, T?> read)
        where T : class
    {
        if (node is JsonObject or JsonArray)
            return Of(node, path).Select(entry => read(entry.Node, entry.Path, entry.MapTarget)).OfType<T>().ToList();
        v.Report(path, $"must be a map of target paths to {what} (or the deprecated list of {what}), got {JsonKinds.Describe(node)}");
        return null;
    }

    public static void RejectTargetInMap(JsonObject entry, string path, string? mapTarget, ScoreValidation v)
    {
        if (mapTarget is not null && entry.ContainsKey("target"))
            v.Report(JsonPath.Property(path, "target"), "'target' is only allowed in the deprecated list form; in a map the key is the target");
    }
}
