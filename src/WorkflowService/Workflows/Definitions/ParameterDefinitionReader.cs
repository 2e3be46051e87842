using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Reads parameter schemas and checks that each is consistent, including that its default satisfies it.</summary>
internal static class ParameterDefinitionReader
{
    private static readonly string[] Fields = ["type", "required", "default", "description", "enum", "pattern", "minimum", "maximum", "owner", "setting", "format", "secret"];

    public static IReadOnlyDictionary<string, ParameterDefinition> ReadAll(JsonNode? node, string path, DefinitionContext context)
    {
        var parameters = new OrderedDictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        if (context.Read.Map(node, path) is not { } map)
            return parameters;
        foreach (var (name, value) in map)
        {
            var at = JsonPath.Property(path, name);
            if (!DefinitionRules.IsKey(name))
                context.Report(at, $"parameter name '{name}' is not {DefinitionRules.KeyMeaning}");
            if (Read(name, value, at, context) is { } parameter)
                parameters[name] = parameter;
        }
        return parameters;
    }

    private static ParameterDefinition? Read(string name, JsonNode? node, string path, DefinitionContext context)
    {
        var read = context.Read;
        if (read.Map(node, path) is not { } map)
            return null;
        read.AllowOnly(map, path, Fields);
        var type = read.Required(map, path, "type", read.String);
        if (type is not null && !ParameterTypes.All.Contains(type))
            context.Report(At(path, "type"), $"unknown parameter type '{type}' (types: {string.Join(", ", ParameterTypes.All)})");
        var definition = new ParameterDefinition(
            type ?? ParameterTypes.String,
            read.Optional(map, path, "required", read.Boolean) == true,
            map["default"]?.DeepClone(),
            read.Optional(map, path, "description", read.String),
            read.Optional(map, path, "enum", (value, at) => Options(value, at, context)),
            read.Optional(map, path, "pattern", (value, at) => Pattern(value, at, context)),
            read.Optional(map, path, "minimum", read.Number),
            read.Optional(map, path, "maximum", read.Number),
            read.Optional(map, path, "owner", (value, at) => Owner(value, at, context)),
            read.Optional(map, path, "setting", (value, at) => Setting(value, at, context)),
            read.Optional(map, path, "format", (value, at) => Format(value, at, context)),
            read.Optional(map, path, "secret", read.Boolean) == true);
        if (type is not null && ParameterTypes.All.Contains(type))
            CheckConsistency(name, definition, path, context);
        return definition;
    }

    private static void CheckConsistency(string name, ParameterDefinition definition, string path, DefinitionContext context)
    {
        var numeric = definition.Type is ParameterTypes.Integer or ParameterTypes.Number;
        if (definition.Pattern is not null && definition.Type != ParameterTypes.String)
            context.Report(At(path, "pattern"), $"pattern only applies to string parameters, not {definition.Type}");
        if ((definition.Minimum ?? definition.Maximum) is not null && !numeric)
            context.Report(path, $"minimum and maximum only apply to integer and number parameters, not {definition.Type}");
        if ((definition.Owner ?? definition.Setting ?? definition.Format) is not null && definition.Type != ParameterTypes.String)
            context.Report(path, $"owner, setting and format only apply to string parameters, not {definition.Type}");
        if (definition is { Owner: not null, Setting: not null })
            context.Report(At(path, "setting"), "a parameter filled from a platform setting is not a caller's choice, so it cannot also declare an owner");
        if (definition.Minimum > definition.Maximum)
            context.Report(At(path, "minimum"), $"minimum {definition.Minimum} is greater than maximum {definition.Maximum}");
        for (var i = 0; i < (definition.Enum?.Count ?? 0); i++)
        {
            if (ParameterValueChecker.TypeProblem(name, definition.Type, definition.Enum![i]) is { } problem)
                context.Report(JsonPath.Index(At(path, "enum"), i), problem);
        }
        if (definition.Default is { } value && ParameterValueChecker.Problem(name, definition, value) is { } defaultProblem)
            context.Report(At(path, "default"), $"the default does not satisfy the parameter's own schema: {defaultProblem}");
    }

    private static string? Owner(JsonNode? node, string path, DefinitionContext context)
    {
        var owner = context.Read.String(node, path);
        if (owner is not null && !ParameterOwners.All.Contains(owner))
            context.Report(path, $"unknown owner '{owner}' (owners: {string.Join(", ", ParameterOwners.All)})");
        return owner;
    }

    private static string? Format(JsonNode? node, string path, DefinitionContext context)
    {
        var format = context.Read.String(node, path);
        if (format is not null && !ParameterFormats.All.Contains(format))
            context.Report(path, $"unknown format '{format}' (formats: {string.Join(", ", ParameterFormats.All)})");
        return format;
    }

    private static string? Setting(JsonNode? node, string path, DefinitionContext context)
    {
        var setting = context.Read.String(node, path);
        if (setting is not null && !DefinitionRules.IsKey(setting))
            context.Report(path, $"setting name '{setting}' is not {DefinitionRules.KeyMeaning}");
        return setting;
    }

    private static IReadOnlyList<JsonNode>? Options(JsonNode? node, string path, DefinitionContext context)
    {
        if (context.Read.List(node, path) is not { } list)
            return null;
        if (list.Count == 0 || list.Any(item => item is null))
            context.Report(path, "enum must list at least one value, and no nulls");
        return list.OfType<JsonNode>().Select(item => item.DeepClone()).ToList();
    }

    private static string? Pattern(JsonNode? node, string path, DefinitionContext context)
    {
        if (context.Read.String(node, path) is not { } pattern)
            return null;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            context.Report(path, $"'{pattern}' is not a valid regular expression: {exception.Message}");
        }
        return pattern;
    }

    private static string At(string path, string field) => JsonPath.Property(path, field);
}
