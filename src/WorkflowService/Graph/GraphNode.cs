namespace Innominatus.WorkflowService.Graph;

/// <summary>
/// One object of an application's graph. <see cref="Id"/> is short and made of letters, digits and '_' only, so the
/// Mermaid and DOT exports use it as is; <see cref="Name"/> is the object's own name (or run id).
/// </summary>
public sealed record GraphNode(
    string Id,
    string Kind,
    string Name,
    string Label,
    string? State = null,
    string? Type = null,
    string? Provider = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    double? DurationSeconds = null);
