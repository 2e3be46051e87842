using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Checks one parameter value against its schema; messages name the parameter and show the value.</summary>
internal static class ParameterValueChecker
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public static string? Problem(string name, ParameterDefinition definition, JsonNode value)
    {
        if (TypeProblem(name, definition.Type, value) is { } typeProblem)
            return typeProblem;
        if (definition.Enum is { } options && !options.Any(option => SameValue(option, value)))
            return $"{name} must be one of {string.Join(", ", options.Select(JsonKinds.Show))}, got {JsonKinds.Show(value)}";
        if (definition.Pattern is { } pattern && JsonKinds.TryGetString(value, out var text) && PatternProblem(pattern, text) is { } reason)
            return $"{name} {reason}, got {JsonKinds.Show(value)}";
        if (JsonKinds.TryGetNumber(value, out var number) && number < definition.Minimum)
            return $"{name} must be at least {definition.Minimum}, got {JsonKinds.Show(value)}";
        if (JsonKinds.TryGetNumber(value, out number) && number > definition.Maximum)
            return $"{name} must be at most {definition.Maximum}, got {JsonKinds.Show(value)}";
        return null;
    }

    public static string? TypeProblem(string name, string type, JsonNode? value)
    {
        var matches = type switch
        {
            ParameterTypes.String => JsonKinds.TryGetString(value, out _),
            ParameterTypes.Integer => JsonKinds.TryGetInteger(value, out _),
            ParameterTypes.Number => JsonKinds.TryGetNumber(value, out _),
            ParameterTypes.Boolean => JsonKinds.TryGetBoolean(value, out _),
            ParameterTypes.Array => value is JsonArray,
            ParameterTypes.Object => value is JsonObject,
            _ => false,
        };
        return matches ? null : $"{name} must be {(type is ParameterTypes.Integer or ParameterTypes.Array or ParameterTypes.Object ? "an" : "a")} {type}, got {JsonKinds.Show(value)}";
    }

    private static string? PatternProblem(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, PatternTimeout) ? null : $"must match the pattern {pattern}";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"could not be checked against the pattern {pattern} in time";
        }
        catch (ArgumentException)
        {
            return $"cannot be checked: its pattern {pattern} is not a valid regular expression";
        }
    }

    // Numbers compare by value, so an enum of [1, 2] accepts 2.0.
    private static bool SameValue(JsonNode option, JsonNode value) =>
        JsonKinds.TryGetNumber(option, out var left) && JsonKinds.TryGetNumber(value, out var right) ? left == right : JsonNode.DeepEquals(option, value);
}
