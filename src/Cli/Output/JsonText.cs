using System.Text.Encodings.Web;

namespace Innominatus.Cli.Output;

public static class JsonText
{
    private static readonly JsonWriterOptions Pretty = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The value as indented JSON, characters left readable (the output goes to a terminal or a file, not into HTML).</summary>
    public static string Format(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Pretty))
        {
            value.WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static JsonElement From<T>(T value) => JsonSerializer.SerializeToElement(value, JsonOptions.Web);
}
