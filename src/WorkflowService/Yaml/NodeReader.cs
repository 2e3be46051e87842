using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// Typed access to a JSON tree that reports, instead of throwing, every value of the wrong shape. Each reader
/// (Score, workflow definitions) supplies its own way of recording an error at a JSON path.
/// </summary>
public sealed class NodeReader(Action<string, string> report)
{
    public void Report(string path, string message) => report(path, message);

    public JsonObject? Map(JsonNode? node, string path) => node as JsonObject ?? Mismatch<JsonObject>(node, path, "a map");

    public JsonArray? List(JsonNode? node, string path) => node as JsonArray ?? Mismatch<JsonArray>(node, path, "a list");

    public string? String(JsonNode? node, string path) =>
        JsonKinds.TryGetString(node, out var value) ? value : Mismatch<string>(node, path, "a string");

    public bool? Boolean(JsonNode? node, string path)
    {
        if (JsonKinds.TryGetBoolean(node, out var value))
            return value;
        Mismatch<object>(node, path, "a boolean (true or false)");
        return null;
    }

    public double? Number(JsonNode? node, string path)
    {
        if (JsonKinds.TryGetNumber(node, out var value))
            return value;
        Mismatch<object>(node, path, "a number");
        return null;
    }

    public double? Integer(JsonNode? node, string path)
    {
        if (JsonKinds.TryGetInteger(node, out var value))
            return value;
        Mismatch<object>(node, path, "an integer");
        return null;
    }

    public IReadOnlyList<string>? StringList(JsonNode? node, string path)
    {
        if (List(node, path) is not { } list)
            return null;
        var values = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
            values.Add(String(list[i], JsonPath.Index(path, i)) ?? "");
        return values;
    }

    /// <summary>Reports each field not in <paramref name="allowed"/>, naming the fields that are.</summary>
    public void AllowOnly(JsonObject map, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (name, _) in map)
        {
            if (!allowed.Contains(name))
                report(JsonPath.Property(path, name), $"unknown field '{name}' (allowed: {string.Join(", ", allowed)})");
        }
    }

    /// <summary>The field's value when present (even if null); reports it as missing otherwise.</summary>
    public bool Required(JsonObject map, string path, string field, out JsonNode? value)
    {
        if (map.TryGetPropertyValue(field, out value))
            return true;
        report(JsonPath.Property(path, field), $"required field '{field}' is missing");
        return false;
    }

    /// <summary>Reads an optional field with <paramref name="read"/>, which gets the field's value and path.</summary>
    public T? Optional<T>(JsonObject map, string path, string field, Func<JsonNode?, string, T?> read) =>
        map.TryGetPropertyValue(field, out var node) ? read(node, JsonPath.Property(path, field)) : default;

    /// <summary>Like <see cref="Optional{T}"/>, but reports the field as missing when absent.</summary>
    public T? Required<T>(JsonObject map, string path, string field, Func<JsonNode?, string, T?> read) =>
        Required(map, path, field, out var node) ? read(node, JsonPath.Property(path, field)) : default;

    private T? Mismatch<T>(JsonNode? node, string path, string expected) where T : class
    {
        report(path, $"must be {expected}, got {JsonKinds.Describe(node)}");
        return null;
    }
}
