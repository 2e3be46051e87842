using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Checks the parameters given to a workflow against its schema and fills in defaults.</summary>
public static class ParameterValidator
{
    /// <summary>
    /// The parameter values to run with: every provided value that fits its schema, plus defaults for the rest. A
    /// null value counts as not provided. Errors name the parameter: missing required, wrong type, not in enum,
    /// not matching the pattern, below minimum or above maximum, unknown parameter.
    /// </summary>
    public static DefinitionResult<JsonObject> Validate(IReadOnlyDictionary<string, ParameterDefinition> schema, JsonObject? provided, string pathPrefix = "$.parameters")
    {
        var errors = new List<DefinitionError>();
        var values = new JsonObject();
        foreach (var (name, _) in provided ?? [])
        {
            if (!schema.ContainsKey(name))
                errors.Add(new DefinitionError(JsonPath.Property(pathPrefix, name), UnknownMessage(name, schema)));
        }
        foreach (var (name, definition) in schema)
        {
            var path = JsonPath.Property(pathPrefix, name);
            var value = provided?[name];
            if (value is null && definition.Default is not null)
                values[name] = definition.Default.DeepClone();
            else if (value is null && definition.Required)
                errors.Add(new DefinitionError(path, $"missing required parameter '{name}'"));
            else if (value is not null && ParameterValueChecker.Problem(name, definition, value) is { } problem)
                errors.Add(new DefinitionError(path, problem));
            else if (value is not null)
                values[name] = value.DeepClone();
        }
        return new DefinitionResult<JsonObject>(errors.Count == 0 ? values : null, errors);
    }

    private static string UnknownMessage(string name, IReadOnlyDictionary<string, ParameterDefinition> schema) =>
        schema.Count == 0
            ? $"unknown parameter '{name}' (this workflow takes no parameters)"
            : $"unknown parameter '{name}' (declared: {string.Join(", ", schema.Keys)})";
}
