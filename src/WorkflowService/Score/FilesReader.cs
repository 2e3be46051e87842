using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>Container files ($defs/containerFile); each has exactly one of content, binaryContent and source.</summary>
internal static class FilesReader
{
    private static readonly string[] Fields = ["target", "mode", "source", "content", "binaryContent", "noExpand"];
    private static readonly string[] ContentFields = ["content", "binaryContent", "source"];

    public static IReadOnlyList<ContainerFile>? Read(JsonNode? node, string path, ScoreValidation v) =>
        MountEntries.Read(node, path, "files", v, (entry, at, target) => File(entry, at, target, v));

    private static ContainerFile? File(JsonNode? node, string path, string? mapTarget, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        MountEntries.RejectTargetInMap(map, path, mapTarget, v);
        var given = ContentFields.Where(map.ContainsKey).ToList();
        if (given.Count != 1)
            v.Report(path, given.Count == 0
                ? "a file needs one of content, binaryContent or source"
                : $"a file takes only one of content, binaryContent and source, got {string.Join(" and ", given)}");
        return new ContainerFile(
            mapTarget ?? v.Read.Optional(map, path, "target", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)),
            v.Read.Optional(map, path, "mode", (value, at) => v.Text(value, at, ScoreRules.FileMode)),
            v.Read.Optional(map, path, "source", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)),
            v.Read.Optional(map, path, "content", v.Read.String),
            v.Read.Optional(map, path, "binaryContent", v.Read.String),
            v.Read.Optional(map, path, "noExpand", v.Read.Boolean) ?? false);
    }
}
