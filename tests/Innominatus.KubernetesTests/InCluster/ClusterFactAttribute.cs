namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// A test that needs the real local cluster (eng/k8s-cluster-up.sh) with the images of eng/build-images.sh imported.
/// Skipped, with the reason, when CLUSTER_KUBECONFIG is unset; eng/test.sh and CI set it.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG")))
        {
            Skip = "CLUSTER_KUBECONFIG is not set: start the local cluster with 'sudo eng/k8s-cluster-up.sh /tmp/cluster', "
                + "load the images with 'eng/k8s-cluster-load-images.sh /tmp/cluster' and export CLUSTER_KUBECONFIG=/tmp/cluster/kubeconfig (eng/test.sh does all three).";
        }
    }
}
