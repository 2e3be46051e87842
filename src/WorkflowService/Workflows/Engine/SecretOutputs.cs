using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Secrets never leave through the API: step and run outputs stored as secret (see <see cref="OutputProtection"/>) or
/// whose names say they are secret, at any depth, are masked, and a resource's secret outputs are stored as a
/// reference to the Kubernetes Secret that holds them, not as the value.
/// </summary>
public static partial class SecretOutputs
{
    public const string Masked = "(secret)";

    public static JsonElement? MaskSecrets(JsonDocument? outputs)
    {
        if (outputs?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return outputs?.RootElement;
        }
        return JsonSerializer.SerializeToElement(Mask(JsonNode.Parse(outputs.RootElement.GetRawText())));
    }

    /// <summary>A copy with every secret value, at any depth, replaced by <see cref="Masked"/>.</summary>
    public static JsonNode? Mask(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, LooksSecret(p.Key) && p.Value is not null ? JsonValue.Create(Masked) : Mask(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Mask)]),
        JsonValue value when value.TryGetValue<string>(out var text) && OutputProtection.IsProtected(text) => JsonValue.Create(Masked),
        _ => node?.DeepClone(),
    };

    public static JsonDocument? ReferenceSecrets(JsonDocument? outputs, IReadOnlySet<string> secretNames, string secretReference)
    {
        if (outputs?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return outputs;
        }
        var result = new JsonObject();
        foreach (var property in outputs.RootElement.EnumerateObject())
        {
            var stored = property.Value.ValueKind == JsonValueKind.String && OutputProtection.IsProtected(property.Value.GetString()!);
            result[property.Name] = secretNames.Contains(property.Name) || LooksSecret(property.Name) || stored
                ? $"secretRef:{secretReference}#{property.Name}"
                : JsonNode.Parse(property.Value.GetRawText());
        }
        return JsonDocument.Parse(result.ToJsonString());
    }

    public static bool LooksSecret(string name) => SecretName().IsMatch(name);

    [GeneratedRegex("password|secret|token|credential|private_?key|connection_?string|dsn", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
