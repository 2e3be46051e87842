using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>A mapping or sequence whose end event has not been seen yet.</summary>
internal sealed class OpenNode(JsonNode container, string path, string? anchor, int nodesBefore, long bytesBefore, bool discarded)
{
    public JsonNode Container { get; } = container;
    public string Path { get; } = path;
    public string? Anchor { get; } = anchor;
    public int NodesBefore { get; } = nodesBefore;
    public long BytesBefore { get; } = bytesBefore;

    /// <summary>True inside the value of a duplicate key: it is read (and counted) but never kept.</summary>
    public bool Discarded { get; } = discarded;

    /// <summary>Levels of nesting from this node down, so an alias of it can be checked against the depth limit.</summary>
    public int Height { get; set; } = 1;

    /// <summary>For mappings: the key whose value comes next, or null when a key comes next.</summary>
    public string? PendingKey { get; set; }
    public bool PendingKeyIsDuplicate { get; set; }

    public bool ExpectsKey => Container is JsonObject && PendingKey is null;

    public string ChildPath => Container is JsonArray array ? JsonPath.Index(Path, array.Count) : JsonPath.Property(Path, PendingKey ?? "");

    public bool DiscardsChild => Discarded || PendingKeyIsDuplicate;
}
