namespace Innominatus.WorkflowService.Score;

/// <summary>
/// One container of the workload. Command and Args are null when not given (the image's own are used), which is
/// different from an empty list. Before maps a container name to the state it must reach before that one starts.
/// </summary>
public sealed record ContainerSpec(
    string Name,
    string Image,
    IReadOnlyList<string>? Command,
    IReadOnlyList<string>? Args,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<ContainerFile> Files,
    IReadOnlyList<ContainerVolume> Volumes,
    ContainerResources? Resources,
    ContainerProbe? LivenessProbe,
    ContainerProbe? ReadinessProbe,
    IReadOnlyDictionary<string, string> Before);
