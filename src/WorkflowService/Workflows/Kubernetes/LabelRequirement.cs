using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// <c>key</c> or <c>key=value</c>: the label an object must carry before a step removes it (a kubernetes step's
/// <c>onlyIfLabelled</c>, a helm uninstall's <c>namespaceLabel</c>). What lacks it is someone else's and is left alone.
/// </summary>
public sealed record LabelRequirement(string Key, string? Value)
{
    public static LabelRequirement? From(JsonObject config, string field) =>
        config[field]?.ToString() is { Length: > 0 } text ? Parse(text) : null;

    public static LabelRequirement Parse(string text) =>
        text.Split('=', 2) is [var key, var value] ? new(key.Trim(), value.Trim()) : new(text.Trim(), null);

    public bool IsMetBy(JsonObject? current) =>
        current?["metadata"]?["labels"]?[Key]?.ToString() is { } found && (Value is null || found == Value);

    public override string ToString() => Value is null ? Key : $"{Key}={Value}";
}
