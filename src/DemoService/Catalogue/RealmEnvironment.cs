using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// The environment variables a realm-importing component's chart values (<c>extraEnv</c>, the keycloakx chart's YAML
/// text) take from a Secret: name → (Secret, key). They fill in the realm's <c>${ENV_VAR}</c> placeholders, so this
/// says where each generated client secret and password is.
/// </summary>
public static class RealmEnvironment
{
    public static Dictionary<string, (string Secret, string Key)> FromSecrets(DemoComponent component)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (component.Values["extraEnv"]?.ToString() is not { Length: > 0 } text || YamlJsonReader.Read(text).Root is not JsonArray entries)
            return found;
        foreach (var entry in entries.OfType<JsonObject>())
        {
            if (entry["name"]?.ToString() is { } name && entry["valueFrom"]?["secretKeyRef"] is JsonObject reference
                && reference["name"]?.ToString() is { } secret && reference["key"]?.ToString() is { } key)
                found[name] = (secret, key);
        }
        return found;
    }
}
