using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>Workload metadata: a required name, optional annotations, and any other keys (the schema allows them).</summary>
internal static class MetadataReader
{
    public static ScoreMetadata? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        var name = v.Read.Required(map, path, "name", (value, at) => v.Text(value, at, ScoreRules.Name));
        var annotations = v.Read.Optional(map, path, "annotations", (value, at) => Annotations(value, at, v));
        return new ScoreMetadata(name ?? "", annotations ?? new Dictionary<string, string>(), map);
    }

    /// <summary>Annotation maps, used by workload and resource metadata alike.</summary>
    public static IReadOnlyDictionary<string, string>? Annotations(JsonNode? node, string path, ScoreValidation v) =>
        v.StringMap(node, path, "annotation key", ScoreRules.AnnotationKey);
}
