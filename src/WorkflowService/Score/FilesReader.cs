using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// Container files ($defs/containerFile): a map of target path to file, or the deprecated list whose items carry
/// their own target. Each file has exactly one of content, binaryContent and source.
/// </summary>
internal static class FilesReader
{
    private static readonly string[] Fields = ["target", "mode", "source", "content", "binaryContent", "noExpand"];
    private static readonly string[] ContentFields = ["content", "binaryContent", "source"];

    public static IReadOnlyList<ContainerFile>? Read(JsonNode? node, string path, ScoreValidation v)
    {
        switch (node)
        {
            case JsonObject map:
                return map.Select(entry => File(entry.Value, JsonPath.Property(path, entry.Key), entry.Key, v)).OfType<ContainerFile>().ToList();
            case JsonArray list:
                return list.Select((item, i) => File(item, JsonPath.Index(path, i), null, v)).OfType<ContainerFile>().ToList();
            default:
                v.Report(path, $"must be a map of target paths to files (or the deprecated list of files), got {JsonKinds.Describe(node)}");
                return null;
        }
    }

    private static ContainerFile? File(JsonNode? node, string path, string? mapTarget, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        if (mapTarget is not null && map.ContainsKey("target"))
            v.Report(JsonPath.Property(path, "target"), "'target' is only allowed in the deprecated list form; in a map the key is the target");
        var given = ContentFields.Where(map.ContainsKey).ToList();
        if (given.Count != 1)
            v.Report(path, given.Count == 0
                ? "a file needs one of content, binaryContent or source"
                : $"a file takes only one of content, binaryContent and source, got {string.Join(" and ", given)}");
        return new ContainerFile(
            mapTarget ?? v.Optional(map, path, "target", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)),
            v.Optional(map, path, "mode", (value, at) => v.Text(value, at, ScoreRules.FileMode)),
            v.Optional(map, path, "source", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)),
            v.Optional(map, path, "content", v.Read.String),
            v.Optional(map, path, "binaryContent", v.Read.String),
            v.Optional(map, path, "noExpand", v.Read.Boolean) ?? false);
    }
}
