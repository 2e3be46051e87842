namespace Innominatus.Cli.Output;

/// <summary>Reading the server's JSON leniently: a missing or null field is an empty value, never an exception.</summary>
public static class Fields
{
    public static string Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => v.GetRawText(),
        } : "";

    public static string? StrOrNull(this JsonElement e, string name) => Str(e, name) is { Length: > 0 } s ? s : null;

    public static JsonElement Get(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    public static IEnumerable<JsonElement> Items(this JsonElement e, string? name = null)
    {
        var array = name is null ? e : Get(e, name);
        return array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
    }

    public static DateTimeOffset? Time(this JsonElement e, string name) =>
        Get(e, name) is { ValueKind: JsonValueKind.String } v && v.TryGetDateTimeOffset(out var t) ? t : null;

    public static bool Bool(this JsonElement e, string name) => Get(e, name).ValueKind == JsonValueKind.True;

    public static string List(this JsonElement e, string name) => string.Join(",", Items(e, name).Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText()));
}
