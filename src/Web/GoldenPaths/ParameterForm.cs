using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.Web.Gateway.Models;

namespace Innominatus.Web.GoldenPaths;

/// <summary>
/// The values of a form generated from a golden path's parameter schema. Fields hold text (checkboxes a flag) and
/// become typed JSON only when sent: the API's validator, not the form, says what is wrong, so its messages are the
/// ones the user sees. Empty fields are left out, so the golden path's defaults apply.
/// </summary>
public sealed class ParameterForm
{
    private readonly Dictionary<string, string?> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> flags = new(StringComparer.Ordinal);

    public ParameterForm(IEnumerable<ParameterSummary> parameters)
    {
        // A platform setting is filled in by the platform; a run that sets it is refused.
        Fields = [.. parameters.Where(p => p.Setting is null)];
        Settings = [.. parameters.Where(p => p.Setting is not null)];
        foreach (var p in Fields)
        {
            if (p.Type == "boolean")
            {
                flags[p.Name] = p.Default?.GetValueKind() == JsonValueKind.True;
            }
            else
            {
                texts[p.Name] = p.Secret ? null : Text(p.Default);
            }
        }
    }

    public IReadOnlyList<ParameterSummary> Fields { get; }

    public IReadOnlyList<ParameterSummary> Settings { get; }

    public string? GetText(string name) => texts.GetValueOrDefault(name);

    public void SetText(string name, string? value) => texts[name] = value;

    public bool GetFlag(string name) => flags.GetValueOrDefault(name);

    public void SetFlag(string name, bool value) => flags[name] = value;

    public static IReadOnlyList<string> Choices(ParameterSummary parameter) => [.. (parameter.Enum ?? []).Select(e => Text(e) ?? "")];

    public JsonObject ToJson()
    {
        var values = new JsonObject();
        foreach (var p in Fields)
        {
            if (p.Type == "boolean")
            {
                values[p.Name] = flags[p.Name];
            }
            else if (texts.GetValueOrDefault(p.Name) is { Length: > 0 } text)
            {
                values[p.Name] = Typed(p.Type, text);
            }
        }
        return values;
    }

    /// <summary>The text as the parameter's type; text that is not of the type goes as it is, for the API to refuse.</summary>
    private static JsonNode Typed(string type, string text) => type switch
    {
        "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        "number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        "array" or "object" when TryParse(text) is { } node => node,
        _ => JsonValue.Create(text),
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode? value) => value is null ? null : value.GetValueKind() switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
