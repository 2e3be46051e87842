using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Shared;

/// <summary>Reads a <c>{name: {type, required, default, ...}}</c> block into parameter definitions.</summary>
public static class ParameterSchemaReader
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string> { "string", "integer", "number", "boolean", "array", "object" };

    private static readonly IReadOnlySet<string> Keys = new HashSet<string>
    {
        "type", "required", "default", "description", "enum", "pattern", "minimum", "maximum", "secret",
    };

    public static DefinitionResult<IReadOnlyDictionary<string, ParameterDefinition>> Read(JsonNode? node, string path)
    {
        var result = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        var errors = new List<DefinitionError>();
        if (node is null)
        {
            return new(result, errors);
        }
        if (node is not JsonObject parameters)
        {
            return new(result, [new DefinitionError(path, "parameters must be a mapping of name to definition")]);
        }
        foreach (var (name, value) in parameters)
        {
            var definition = ReadOne(value, $"{path}.{name}", errors);
            if (definition is not null)
            {
                result[name] = definition;
                CheckDefault(name, definition, $"{path}.{name}.default", errors);
            }
        }
        return new(result, errors);
    }

    private static ParameterDefinition? ReadOne(JsonNode? node, string path, List<DefinitionError> errors)
    {
        if (node is not JsonObject spec)
        {
            errors.Add(new DefinitionError(path, "a parameter must be a mapping with at least a type"));
            return null;
        }
        errors.AddRange(spec.Where(p => !Keys.Contains(p.Key)).Select(p => new DefinitionError($"{path}.{p.Key}", $"unknown field '{p.Key}'")));
        var type = JsonRead.String(spec["type"]) ?? "string";
        if (!Types.Contains(type))
        {
            errors.Add(new DefinitionError($"{path}.type", $"type '{type}' is not one of {string.Join(", ", Types)}"));
        }
        var pattern = JsonRead.String(spec["pattern"]);
        if (pattern is not null && !IsRegex(pattern))
        {
            errors.Add(new DefinitionError($"{path}.pattern", $"'{pattern}' is not a valid regular expression"));
        }
        var enumValues = spec["enum"] is JsonArray values ? values.OfType<JsonNode>().Select(v => v.DeepClone()).ToList() : null;
        if (enumValues is not null && enumValues.Count != ((JsonArray)spec["enum"]!).Count)
        {
            errors.Add(new DefinitionError($"{path}.enum", "enum values must not be null"));
        }
        return new ParameterDefinition(
            type,
            JsonRead.Bool(spec["required"]) ?? false,
            spec["default"]?.DeepClone(),
            JsonRead.String(spec["description"]),
            enumValues,
            pattern,
            JsonRead.Number(spec["minimum"]),
            JsonRead.Number(spec["maximum"]),
            Secret: JsonRead.Bool(spec["secret"]) ?? false);
    }

    // A default that breaks its own schema would fail every run that relies on it, so it is a load error.
    private static void CheckDefault(string name, ParameterDefinition definition, string path, List<DefinitionError> errors)
    {
        if (definition.Default is null || !Types.Contains(definition.Type))
        {
            return;
        }
        var schema = new Dictionary<string, ParameterDefinition> { [name] = definition with { Default = null } };
        var check = ParameterValidator.Validate(schema, new JsonObject { [name] = definition.Default.DeepClone() });
        errors.AddRange(check.Errors.Select(e => new DefinitionError(path, $"invalid default: {e.Message}")));
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
