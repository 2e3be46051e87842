using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>Collects the errors of one Score file, each with the YAML position of the node it is about.</summary>
internal sealed class ScoreValidation
{
    private readonly List<ScoreError> errors = [];
    private readonly YamlLocations locations;

    public ScoreValidation(YamlLocations locations, ScoreLimits limits)
    {
        this.locations = locations;
        Limits = limits;
        Read = new NodeReader(Report);
    }

    public NodeReader Read { get; }
    public ScoreLimits Limits { get; }
    public IReadOnlyList<ScoreError> Errors => errors;
    public bool HasErrors => errors.Count > 0;

    public void Report(string path, string message)
    {
        var location = locations.Find(path);
        Add(new ScoreError(path, message, location?.Line, location?.Column));
    }

    public void Add(ScoreError error)
    {
        if (errors.Count > Limits.MaxErrors)
            return;
        errors.Add(errors.Count < Limits.MaxErrors ? error : new ScoreError(JsonPath.Root, $"more than {Limits.MaxErrors} errors; the rest are not listed"));
    }

    /// <summary>A string value that must satisfy <paramref name="rule"/>.</summary>
    public string? Text(JsonNode? node, string path, TextRule rule)
    {
        var value = Read.String(node, path);
        if (value is not null && !rule.Accepts(value))
            Report(path, $"{JsonKinds.Describe(node)} is not {rule.Meaning}");
        return value;
    }

    /// <summary>A map key that must satisfy <paramref name="rule"/> (JSON Schema's propertyNames).</summary>
    public void Key(string key, string path, string what, TextRule rule)
    {
        if (!rule.Accepts(key))
            Report(path, $"{what} '{key}' is not {rule.Meaning}");
    }

    public string? OneOf(JsonNode? node, string path, IReadOnlyList<string> allowed)
    {
        var value = Read.String(node, path);
        if (value is not null && !allowed.Contains(value))
            Report(path, $"{JsonKinds.Describe(node)} is not one of {string.Join(", ", allowed)}");
        return value;
    }

    public int? Port(JsonNode? node, string path)
    {
        var value = Read.Integer(node, path);
        if (value is < 1 or > 65535)
            Report(path, $"port {value} is outside 1 to 65535");
        return value is >= 1 and <= 65535 ? (int)value : null;
    }

    /// <summary>A map of string values whose keys must satisfy <paramref name="keyRule"/> (variables, annotations).</summary>
    public IReadOnlyDictionary<string, string>? StringMap(JsonNode? node, string path, string what, TextRule keyRule)
    {
        if (Read.Map(node, path) is not { } map)
            return null;
        var values = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            var at = JsonPath.Property(path, key);
            Key(key, at, what, keyRule);
            values[key] = Read.String(value, at) ?? "";
        }
        return values;
    }
}
