namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// One process step as a Job: the command, the environment (all of it goes into a Secret, never into the Job's spec),
/// and files (path relative to the workspace → content, also in a Secret) mounted into the workspace.
/// </summary>
public sealed record JobStepSpec(
    Guid ExecutionId,
    Guid StepId,
    string Step,
    string Namespace,
    IReadOnlyList<string> Command,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyDictionary<string, string> Files,
    TimeSpan Timeout)
{
    /// <summary>The container's working folder, an emptyDir: the only writable place besides the termination message.</summary>
    public const string Workspace = "/workspace";

    /// <summary>Where a step writes its outputs: the kubelet hands its content (at most 4 KiB) back in the pod's status.</summary>
    public const string OutputsFile = "/dev/termination-log";
}
