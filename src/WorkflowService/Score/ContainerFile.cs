namespace Innominatus.WorkflowService.Score;

/// <summary>
/// A file mounted into a container. Exactly one of Content, BinaryContent (base64) and Source (a path) is set.
/// Target is the map key, or the deprecated array form's <c>target</c> field, which Score does not require.
/// </summary>
public sealed record ContainerFile(string? Target, string? Mode, string? Source, string? Content, string? BinaryContent, bool NoExpand);
