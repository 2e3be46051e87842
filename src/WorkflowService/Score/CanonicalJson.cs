using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// One fixed text for equal JSON values: object keys sorted ordinally, no whitespace, and numbers written the same
/// way whatever their source form (8080, 8080.0 and 8.08e3 agree).
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1_000 };

    public static string Serialize(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            Write(writer, node);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.OrderBy(member => member.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray list:
                writer.WriteStartArray();
                foreach (var item in list)
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                WriteValue(writer, node);
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonNode? node)
    {
        if (JsonKinds.TryGetNumber(node, out var number))
            writer.WriteRawValue(Math.Floor(number) == number && Math.Abs(number) < 1e15
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture));
        else if (node is null)
            writer.WriteNullValue();
        else
            node.WriteTo(writer);
    }

    /// <summary>Hex SHA-256 of the canonical form: equal for documents that differ only in key order or layout.</summary>
    public static string Hash(JsonNode? node) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Serialize(node))));
}
