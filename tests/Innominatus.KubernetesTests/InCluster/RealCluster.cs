using Innominatus.KubernetesTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>The real local cluster CLUSTER_KUBECONFIG points at: a client, kubectl and helm aimed at it.</summary>
public static class RealCluster
{
    public static string Kubeconfig => Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG")!;

    /// <summary>The tag of the service images eng/k8s-cluster-load-images.sh imported (CLUSTER_IMAGE_TAG, default local).</summary>
    public static string ImageTag => Environment.GetEnvironmentVariable("CLUSTER_IMAGE_TAG") is { Length: > 0 } tag ? tag : "local";

    private static readonly Lazy<Kubernetes> LazyClient = new(() => new Kubernetes(
        KubernetesClientConfiguration.BuildConfigFromConfigFile(Kubeconfig)));

    public static Kubernetes Client => LazyClient.Value;

    public static Task<ProcessResult> HelmAsync(params string[] arguments) =>
        Helm.RunAsync([.. arguments, "--kubeconfig", Kubeconfig]);

    public static Task<ProcessResult> KubectlAsync(params string[] arguments) =>
        Infrastructure.Cluster.KubectlAsync([.. arguments, "--kubeconfig", Kubeconfig]);

    public static async Task<IList<V1Pod>> PodsAsync(string ns, string? selector = null) =>
        (await Client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: selector)).Items;

    public static bool IsReady(V1Pod pod) =>
        pod.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;

    /// <summary>Polls until the condition holds; fails with the last state described.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not reached within {timeout}: {await describe()}");
            }
            await Task.Delay(1000);
        }
    }
}
