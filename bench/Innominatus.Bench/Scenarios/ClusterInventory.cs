using k8s;

namespace Innominatus.Bench.Scenarios;

/// <summary>What one application left in its namespace: a sanity check that the runs really created objects.</summary>
public static class ClusterInventory
{
    public static async Task<string> DescribeAsync(IKubernetes cluster, string ns)
    {
        var counts = new (string Kind, int Count)[]
        {
            ("Deployment", (await cluster.AppsV1.ListNamespacedDeploymentAsync(ns)).Items.Count),
            ("StatefulSet", (await cluster.AppsV1.ListNamespacedStatefulSetAsync(ns)).Items.Count),
            ("Service", (await cluster.CoreV1.ListNamespacedServiceAsync(ns)).Items.Count),
            ("Secret", (await cluster.CoreV1.ListNamespacedSecretAsync(ns)).Items.Count),
            ("ConfigMap", (await cluster.CoreV1.ListNamespacedConfigMapAsync(ns)).Items.Count),
            ("PersistentVolumeClaim", (await cluster.CoreV1.ListNamespacedPersistentVolumeClaimAsync(ns)).Items.Count),
            ("Ingress", (await cluster.NetworkingV1.ListNamespacedIngressAsync(ns)).Items.Count),
        };
        return string.Join(", ", counts.Select(c => $"{c.Count} {c.Kind}{(c.Count == 1 ? "" : "s")}"));
    }
}
