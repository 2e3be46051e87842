using System.Text;
using k8s;
using k8s.Models;

namespace Innominatus.Bench.Scenarios.Cluster;

public static class PodStates
{
    public static bool IsReady(V1Pod pod) =>
        pod.Status?.Phase == "Running" && pod.Status.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;

    /// <summary>Each pod's phase, readiness and waiting reasons, then the namespace's last events: what a failed wait left.</summary>
    public static async Task<string> DescribeAsync(IKubernetes client, string ns)
    {
        var text = new StringBuilder($"pods in {ns}:\n");
        foreach (var pod in (await client.CoreV1.ListNamespacedPodAsync(ns)).Items)
        {
            var waiting = pod.Status?.ContainerStatuses?.Where(s => s.State?.Waiting is not null)
                .Select(s => $"{s.Name}: {s.State.Waiting.Reason} {s.State.Waiting.Message}") ?? [];
            text.AppendLine($"  {pod.Metadata.Name} {pod.Status?.Phase} ready={IsReady(pod)} restarts={pod.Status?.ContainerStatuses?.Sum(s => s.RestartCount) ?? 0} {string.Join("; ", waiting)}");
        }
        var events = (await client.CoreV1.ListNamespacedEventAsync(ns)).Items
            .OrderBy(e => e.LastTimestamp ?? e.EventTime ?? e.Metadata.CreationTimestamp).TakeLast(25);
        text.AppendLine($"last events in {ns}:");
        foreach (var e in events)
        {
            text.AppendLine($"  {e.Type} {e.InvolvedObject.Kind}/{e.InvolvedObject.Name} {e.Reason}: {e.Message}");
        }
        return text.ToString();
    }
}
