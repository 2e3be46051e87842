using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Workflows.Definitions;

// Minimal stand-in so the providers branch compiles and runs; the workflow engine branch replaces this folder.
public static class ParameterValidator
{
    public static DefinitionResult<JsonObject> Validate(IReadOnlyDictionary<string, ParameterDefinition> schema, JsonObject? provided, string pathPrefix = "$.parameters")
    {
        var result = new JsonObject();
        var errors = new List<DefinitionError>();
        provided ??= [];
        foreach (var (name, value) in provided.Where(p => !schema.ContainsKey(p.Key)))
        {
            errors.Add(new DefinitionError($"{pathPrefix}.{name}", $"unknown parameter '{name}'"));
        }
        foreach (var (name, definition) in schema)
        {
            var path = $"{pathPrefix}.{name}";
            if (!provided.TryGetPropertyValue(name, out var value) || value is null)
            {
                if (definition.Default is not null)
                {
                    result[name] = definition.Default.DeepClone();
                }
                else if (definition.Required)
                {
                    errors.Add(new DefinitionError(path, $"parameter '{name}' is required"));
                }
                continue;
            }
            var problem = Check(name, definition, value);
            if (problem is null)
            {
                result[name] = value.DeepClone();
            }
            else
            {
                errors.Add(new DefinitionError(path, problem));
            }
        }
        return new(errors.Count == 0 ? result : null, errors);
    }

    private static string? Check(string name, ParameterDefinition definition, JsonNode value)
    {
        var kind = value.GetValueKind();
        var number = Yaml.Number(value);
        var typeOk = definition.Type switch
        {
            "string" => kind == JsonValueKind.String,
            "integer" => number is { } n && n == Math.Floor(n),
            "number" => number is not null,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "array" => kind == JsonValueKind.Array,
            "object" => kind == JsonValueKind.Object,
            _ => false,
        };
        if (!typeOk)
        {
            return $"parameter '{name}' must be of type {definition.Type}, got {kind.ToString().ToLowerInvariant()}";
        }
        if (definition.Enum is { } allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            return $"parameter '{name}' must be one of {string.Join(", ", allowed.Select(a => a.ToJsonString()))}";
        }
        if (definition.Pattern is { } pattern && kind == JsonValueKind.String && !Regex.IsMatch(value.GetValue<string>(), pattern))
        {
            return $"parameter '{name}' must match {pattern}";
        }
        if (number < definition.Minimum || number > definition.Maximum)
        {
            return $"parameter '{name}' must be between {definition.Minimum} and {definition.Maximum}";
        }
        return null;
    }
}
