using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Placeholders;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Replaces <c>${path}</c> placeholders; <c>$${</c> stays a literal <c>${</c>. A string that is one placeholder and
/// nothing else takes the value's JSON type (a number stays a number). Unknown names are collected, not guessed.
/// </summary>
public static class TemplateResolver
{
    public static JsonNode? Resolve(JsonNode? node, TemplateScope scope, ICollection<string> unresolved) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value, scope, unresolved)))),
        JsonArray array => new JsonArray(array.Select(item => Resolve(item, scope, unresolved)).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => ResolveString(value.GetValue<string>(), scope, unresolved),
        _ => node?.DeepClone(),
    };

    public static string ResolveText(string text, TemplateScope scope, ICollection<string> unresolved) =>
        TemplateText.Substitute(text, path => ValueText(scope.Lookup(path), path, unresolved));

    /// <summary>A value as text: a string as itself, anything else as JSON; a missing value is collected as unresolved.</summary>
    public static string ValueText(JsonNode? value, string path, ICollection<string> unresolved)
    {
        if (value is null)
        {
            unresolved.Add(path);
            return "";
        }
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString();
    }

    private static JsonNode? ResolveString(string text, TemplateScope scope, ICollection<string> unresolved)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}') && trimmed.IndexOf('}') == trimmed.Length - 1)
        {
            var value = scope.Lookup(trimmed[2..^1].Trim());
            if (value is not null)
            {
                return value.DeepClone();
            }
        }
        return JsonValue.Create(ResolveText(text, scope, unresolved));
    }
}
