namespace Innominatus.WorkflowService.Yaml;

/// <summary>Where each node of a read document came from, looked up by JSON path.</summary>
public sealed class YamlLocations(IReadOnlyDictionary<string, YamlLocation> byPath)
{
    public static YamlLocations None { get; } = new(new Dictionary<string, YamlLocation>());

    public int Count => byPath.Count;

    /// <summary>
    /// The location of the node at the path or, when the path names something absent (a missing field) or something
    /// copied by an alias, of its nearest ancestor that has one.
    /// </summary>
    public YamlLocation? Find(string path)
    {
        if (byPath.TryGetValue(path, out var exact))
            return exact;
        foreach (var prefix in JsonPath.AncestorsNearestFirst(path))
        {
            if (byPath.TryGetValue(prefix, out var location))
                return location;
        }
        return null;
    }
}
