using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>config.credentialsSecret</c>: <c>{namespace, name, username | usernameKey, passwordKey}</c>, the Secret a
/// platform step's Basic credential is read from. Null with an error when the shape is wrong.
/// </summary>
public sealed record CredentialsSecretConfig(string Namespace, string Name, string? Username, string? UsernameKey, string PasswordKey)
{
    public const string Key = "credentialsSecret";

    public static CredentialsSecretConfig? Read(JsonNode? node, out string? error)
    {
        error = null;
        if (node is not JsonObject config)
        {
            error = $"config.{Key} must be {{namespace, name, username or usernameKey, passwordKey}}";
            return null;
        }
        string? Text(string key) => config[key] is JsonValue value && value.ToString() is { Length: > 0 } text ? text : null;
        var (ns, name, username, usernameKey, passwordKey) = (Text("namespace"), Text("name"), Text("username"), Text("usernameKey"), Text("passwordKey"));
        var unknown = config.Select(p => p.Key).Except(["namespace", "name", "username", "usernameKey", "passwordKey"]).ToList();
        if (ns is null || name is null || passwordKey is null || (username is null) == (usernameKey is null) || unknown.Count > 0)
        {
            error = $"config.{Key} needs namespace, name, passwordKey and exactly one of username or usernameKey"
                + (unknown.Count > 0 ? $" (unknown: {string.Join(", ", unknown)})" : "");
            return null;
        }
        return new CredentialsSecretConfig(ns, name, username, usernameKey, passwordKey);
    }
}
