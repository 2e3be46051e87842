using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>Type tests and descriptions for JSON nodes, whatever backs them (our reader, JsonNode.Parse or JsonValue.Create).</summary>
public static class JsonKinds
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = Kind(node) == JsonValueKind.String ? node!.GetValue<string>() : "";
        return Kind(node) == JsonValueKind.String;
    }

    public static bool TryGetNumber(JsonNode? node, out double value)
    {
        value = 0;
        // Numbers too large for a double count as not readable rather than as infinity.
        return Kind(node) == JsonValueKind.Number
            && double.TryParse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>JSON Schema's "integer": any number without a fractional part, so 80.0 counts as 80.</summary>
    public static bool TryGetInteger(JsonNode? node, out double value) =>
        TryGetNumber(node, out value) && Math.Floor(value) == value;

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = Kind(node) == JsonValueKind.True;
        return value || Kind(node) == JsonValueKind.False;
    }

    /// <summary>Says what a value is, for messages such as "must be a string, got a list".</summary>
    public static string Describe(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.Object => "a map",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string {Show(node)}",
        JsonValueKind.Number => $"the number {Show(node)}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {node!.ToJsonString()}",
        _ => "null",
    };

    /// <summary>The value as (shortened) JSON text, e.g. <c>"three"</c> with its quotes, or <c>null</c>.</summary>
    public static string Show(JsonNode? node)
    {
        var json = node?.ToJsonString(Readable) ?? "null";
        return json.Length <= 60 ? json : json[..57] + "...";
    }
}
