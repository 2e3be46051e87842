using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>Container volumes ($defs/containerVolume).</summary>
internal static class VolumesReader
{
    private static readonly string[] Fields = ["source", "path", "target", "readOnly"];

    public static IReadOnlyList<ContainerVolume>? Read(JsonNode? node, string path, ScoreValidation v) =>
        MountEntries.Read(node, path, "volumes", v, (entry, at, target) => Volume(entry, at, target, v));

    private static ContainerVolume? Volume(JsonNode? node, string path, string? mapTarget, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        MountEntries.RejectTargetInMap(map, path, mapTarget, v);
        return new ContainerVolume(
            mapTarget ?? v.Read.Optional(map, path, "target", v.Read.String),
            v.Read.Required(map, path, "source", v.Read.String) ?? "",
            v.Read.Optional(map, path, "path", v.Read.String),
            v.Read.Optional(map, path, "readOnly", v.Read.Boolean) ?? false);
    }
}
