using k8s;
using k8s.Models;

namespace Innominatus.SystemTests;

/// <summary>Reports every Deployment and StatefulSet of a namespace as ready, as a kubelet would once pods ran.</summary>
public static class KubeletStandIn
{
    public static async Task RunAsync(IKubernetes client, string ns, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                foreach (var d in (await client.AppsV1.ListNamespacedDeploymentAsync(ns, cancellationToken: cancellationToken)).Items)
                {
                    await client.AppsV1.PatchNamespacedDeploymentStatusAsync(Ready(d.Spec.Replicas, d.Metadata.Generation), d.Metadata.Name, ns, cancellationToken: cancellationToken);
                }
                foreach (var s in (await client.AppsV1.ListNamespacedStatefulSetAsync(ns, cancellationToken: cancellationToken)).Items)
                {
                    await client.AppsV1.PatchNamespacedStatefulSetStatusAsync(Ready(s.Spec.Replicas, s.Metadata.Generation), s.Metadata.Name, ns, cancellationToken: cancellationToken);
                }
                await Task.Delay(300, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (k8s.Autorest.HttpOperationException)
            {
                await Task.Delay(300, CancellationToken.None);
            }
        }
    }

    private static V1Patch Ready(int? replicas, long? generation)
    {
        var n = replicas ?? 1;
        var status = new Dictionary<string, object> { ["replicas"] = n, ["readyReplicas"] = n, ["availableReplicas"] = n, ["updatedReplicas"] = n, ["currentReplicas"] = n, ["observedGeneration"] = generation ?? 1 };
        return new V1Patch(System.Text.Json.JsonSerializer.Serialize(new { status }), V1Patch.PatchType.MergePatch);
    }
}
