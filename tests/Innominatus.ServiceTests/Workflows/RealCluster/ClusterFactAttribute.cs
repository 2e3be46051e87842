namespace Innominatus.ServiceTests.Workflows.RealCluster;

/// <summary>A test that needs a cluster with a kubelet (eng/k8s-cluster-up.sh): skipped, saying why, when CLUSTER_KUBECONFIG is unset.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (Kubeconfig is null)
        {
            Skip = "CLUSTER_KUBECONFIG is not set: eng/k8s-cluster-up.sh starts a cluster with a kubelet for this test.";
        }
    }

    public static string? Kubeconfig => Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>The tools image imported into the cluster's containerd (CLUSTER_JOB_IMAGE, default innominatus/tools:1).</summary>
    public static string JobImage => Environment.GetEnvironmentVariable("CLUSTER_JOB_IMAGE") is { Length: > 0 } image ? image : "innominatus/tools:1";
}
