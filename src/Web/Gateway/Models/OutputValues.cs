using System.Text.Json;

namespace Innominatus.Web.Gateway.Models;

/// <summary>
/// How the UI shows a resource's outputs and parameters: a secret is named by where it is kept, never shown. The API
/// already answers with references (<c>secretRef:</c>) or <c>(secret)</c> in place of values; a name that looks secret
/// is hidden here as well, in case a provider stored one under a name the API does not treat as secret.
/// </summary>
public static class OutputValues
{
    public const string SecretReferencePrefix = "secretRef:";

    private static readonly string[] SecretWords = ["password", "secret", "token", "credential", "private_key", "privatekey", "connection_string", "connectionstring", "dsn"];

    public static IReadOnlyList<KeyValuePair<string, string>> Of(JsonElement? values)
    {
        if (values is not { ValueKind: JsonValueKind.Object } obj)
        {
            return [];
        }
        return [.. obj.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Display(p.Name, p.Value)))];
    }

    public static string Display(string name, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (text.StartsWith(SecretReferencePrefix, StringComparison.Ordinal))
        {
            return $"secret, kept in {text[SecretReferencePrefix.Length..]}";
        }
        return LooksSecret(name) || text == "(secret)" ? "secret (not shown)" : text;
    }

    private static bool LooksSecret(string name) => SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
