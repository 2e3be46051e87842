using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// The real kube-apiserver eng/test.sh starts (KUBECONFIG). There is no kubelet, so nothing becomes ready by itself:
/// <see cref="MarkReadyAsync"/> plays the kubelet's part by patching the status of Deployments and StatefulSets.
/// </summary>
public static class LocalCluster
{
    public static string? Kubeconfig => Environment.GetEnvironmentVariable("KUBECONFIG") is { Length: > 0 } path && File.Exists(path) ? path : null;

    public static IKubernetes Client() => new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(Kubeconfig));

    public static string NewNamespace() => "t-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Until cancelled, reports every Deployment and StatefulSet in the namespace as fully ready.</summary>
    public static async Task MarkReadyAsync(IKubernetes client, string ns, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                foreach (var deployment in (await client.AppsV1.ListNamespacedDeploymentAsync(ns, cancellationToken: cancellationToken)).Items)
                {
                    await client.AppsV1.PatchNamespacedDeploymentStatusAsync(ReadyPatch(deployment.Spec.Replicas, deployment.Metadata.Generation), deployment.Metadata.Name, ns, cancellationToken: cancellationToken);
                }
                foreach (var set in (await client.AppsV1.ListNamespacedStatefulSetAsync(ns, cancellationToken: cancellationToken)).Items)
                {
                    await client.AppsV1.PatchNamespacedStatefulSetStatusAsync(ReadyPatch(set.Spec.Replicas, set.Metadata.Generation), set.Metadata.Name, ns, cancellationToken: cancellationToken);
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

    private static V1Patch ReadyPatch(int? replicas, long? generation)
    {
        var n = replicas ?? 1;
        var status = new Dictionary<string, object> { ["replicas"] = n, ["readyReplicas"] = n, ["availableReplicas"] = n, ["updatedReplicas"] = n, ["observedGeneration"] = generation ?? 1 };
        return new V1Patch(System.Text.Json.JsonSerializer.Serialize(new { status }), V1Patch.PatchType.MergePatch);
    }
}
