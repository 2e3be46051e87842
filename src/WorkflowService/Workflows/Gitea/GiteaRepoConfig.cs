using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>The config of a <c>gitea-repo</c> step, checked before anything is sent to Gitea.</summary>
public sealed record GiteaRepoConfig(
    Uri Url,
    string Operation,
    string OwnerType,
    string? Owner,
    string Repo,
    bool? Private,
    string? Description,
    string? DefaultBranch,
    bool AutoInit,
    IReadOnlyList<KeyValuePair<string, string>> Files,
    string? Message)
{
    private static readonly string[] Operations = ["create", "update", "delete"];

    public static GiteaRepoConfig Read(JsonObject config)
    {
        if (!Uri.TryCreate(Text(config, "url"), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new GiteaStepException("config.url must be Gitea's absolute http(s) base URL");
        }
        var operation = Text(config, "operation") ?? "create";
        if (!Operations.Contains(operation))
        {
            throw new GiteaStepException($"config.operation must be one of {string.Join(", ", Operations)}, not '{operation}'");
        }
        var ownerType = Text(config, "ownerType") ?? "org";
        if (ownerType is not ("org" or "user"))
        {
            throw new GiteaStepException($"config.ownerType must be org or user, not '{ownerType}'");
        }
        var owner = Text(config, "owner");
        if (owner is null && ownerType == "org")
        {
            throw new GiteaStepException("config.owner is required for an organisation's repository");
        }
        var repo = Text(config, "repo") ?? throw new GiteaStepException("config.repo is required");
        return new GiteaRepoConfig(url, operation, ownerType, owner, repo, Bool(config, "private"),
            // An empty description is a value (it clears the description on update), not a missing one.
            (config["description"] as JsonValue)?.ToString(),
            Text(config, "defaultBranch"), Bool(config, "autoInit") ?? true, ReadFiles(config), Text(config, "message"));
    }

    private static string? Text(JsonObject config, string key) =>
        config[key] is JsonValue value && value.ToString() is { Length: > 0 } text ? text : null;

    /// <summary>A placeholder inside a longer string resolves to text, so "true" and "false" count as booleans too.</summary>
    private static bool? Bool(JsonObject config, string key) => config[key] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when bool.TryParse(value.ToString(), out var parsed) => parsed,
        _ => throw new GiteaStepException($"config.{key} must be true or false"),
    };

    private static List<KeyValuePair<string, string>> ReadFiles(JsonObject config)
    {
        if (config["files"] is null)
        {
            return [];
        }
        if (config["files"] is not JsonObject files)
        {
            throw new GiteaStepException("config.files must map file paths to their content");
        }
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (path, content) in files)
        {
            var trimmed = path.Trim().Trim('/');
            if (trimmed.Length == 0 || content is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                throw new GiteaStepException($"config.files.{path} must be a file path with text content");
            }
            list.Add(KeyValuePair.Create(trimmed, value.GetValue<string>()));
        }
        return list;
    }
}
