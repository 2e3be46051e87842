using k8s.Models;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>What a Job step's pod says: not started yet, never going to start (and why), running, or finished.</summary>
public sealed record JobPodState(JobPodPhase Phase, string? Reason = null, int? ExitCode = null, string? Message = null)
{
    /// <summary>Waiting reasons that do not resolve by waiting: the step fails at once, naming it.</summary>
    private static readonly HashSet<string> Stuck = new(StringComparer.Ordinal)
        { "ImagePullBackOff", "ErrImageNeverPull", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError" };

    public static JobPodState Of(V1Pod? pod)
    {
        if (pod is null)
        {
            return new JobPodState(JobPodPhase.Pending);
        }
        var container = pod.Status?.ContainerStatuses?.FirstOrDefault();
        if (container?.State?.Terminated is { } terminated)
        {
            return new JobPodState(JobPodPhase.Finished, terminated.Reason, terminated.ExitCode, terminated.Message);
        }
        if (container?.State?.Running is not null)
        {
            return new JobPodState(JobPodPhase.Running);
        }
        if (container?.State?.Waiting is { Reason: { } reason } waiting && Stuck.Contains(reason))
        {
            return new JobPodState(JobPodPhase.NeverStarts, $"{reason}: {waiting.Message}");
        }
        if (pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled" && c.Status == "False" && c.Reason == "Unschedulable") is { } unschedulable)
        {
            return new JobPodState(JobPodPhase.NeverStarts, $"Unschedulable: {unschedulable.Message}");
        }
        return pod.Status?.Phase == "Failed"
            ? new JobPodState(JobPodPhase.NeverStarts, $"{pod.Status.Reason}: {pod.Status.Message}")
            : new JobPodState(JobPodPhase.Pending);
    }
}
