using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// The secret values a run knows (decrypted secret outputs of its steps), to mask them in log lines and errors and to
/// find outputs that derive from one: a connection string that embeds a password is as secret as the password.
/// </summary>
public sealed class SecretValues
{
    /// <summary>Shorter values would mask ordinary words ("1h", "true") everywhere.</summary>
    public const int MinLength = 8;

    public static readonly SecretValues None = new([]);

    private readonly string[] values;

    public SecretValues(IEnumerable<string> values) =>
        this.values = [.. values.Where(v => v.Length >= MinLength).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];

    public bool IsEmpty => values.Length == 0;

    public SecretValues With(IEnumerable<string> more) => new(values.Concat(more));

    public string Mask(string text)
    {
        foreach (var value in values)
        {
            text = text.Replace(value, SecretOutputs.Masked, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>
    /// Whether a value holds a known secret or a property named like one; objects and arrays are searched through, and
    /// so is JSON text (a script's output is text, often an API's JSON answer).
    /// </summary>
    public bool Reveals(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => SecretOutputs.LooksSecret(p.Key) || Reveals(p.Value)),
        JsonArray array => array.Any(Reveals),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            values.Any(v => text.Contains(v, StringComparison.Ordinal)) || (text.TrimStart() is ['{' or '[', ..] && Reveals(ParseOrNull(text))),
        _ => false,
    };

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text) is { } node and not JsonValue ? node : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every string inside a value, to be known as secret.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonValue value => [value.ToJsonString()],
        _ => [],
    };
}
