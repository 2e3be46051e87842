namespace Innominatus.WorkflowService.Score;

/// <summary>A volume mounted into a container; Source is usually a placeholder such as <c>${resources.data}</c>.</summary>
public sealed record ContainerVolume(string? Target, string Source, string? Path, bool ReadOnly);
