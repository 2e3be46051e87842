using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Secrets never leave through the API: step outputs whose names say they are secret are masked, and a resource's
/// secret outputs are stored as a reference to the Kubernetes Secret that holds them, not as the value.
/// </summary>
public static partial class SecretOutputs
{
    public const string Masked = "(secret)";

    public static JsonElement? MaskByName(JsonDocument? outputs)
    {
        if (outputs?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return outputs?.RootElement;
        }
        var masked = new JsonObject();
        foreach (var property in outputs.RootElement.EnumerateObject())
        {
            masked[property.Name] = LooksSecret(property.Name) ? Masked : JsonNode.Parse(property.Value.GetRawText());
        }
        return JsonSerializer.SerializeToElement(masked);
    }

    public static JsonDocument? ReferenceSecrets(JsonDocument? outputs, IReadOnlySet<string> secretNames, string secretReference)
    {
        if (outputs?.RootElement.ValueKind != JsonValueKind.Object)
        {
            return outputs;
        }
        var result = new JsonObject();
        foreach (var property in outputs.RootElement.EnumerateObject())
        {
            result[property.Name] = secretNames.Contains(property.Name) || LooksSecret(property.Name)
                ? $"secretRef:{secretReference}#{property.Name}"
                : JsonNode.Parse(property.Value.GetRawText());
        }
        return JsonDocument.Parse(result.ToJsonString());
    }

    public static bool LooksSecret(string name) => SecretName().IsMatch(name);

    [GeneratedRegex("password|secret|token|credential|private_?key|connection_?string|dsn", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
