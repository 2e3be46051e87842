using k8s;

namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The real local cluster the cluster scenario measures (CLUSTER_KUBECONFIG, as the in-cluster tests use it): the bench
/// neither starts nor stops it, since other work on the machine shares it.
/// </summary>
public sealed class ClusterEnvironment
{
    private ClusterEnvironment(string kubeconfig, string root)
    {
        Kubeconfig = kubeconfig;
        Root = root;
        Client = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig));
    }

    public string Kubeconfig { get; }

    /// <summary>The clone the bench was built in: the chart and the test values are read from there.</summary>
    public string Root { get; }

    public Kubernetes Client { get; }

    /// <summary>The tag of the service images eng/k8s-cluster-load-images.sh imported.</summary>
    public static string ImageTag => Environment.GetEnvironmentVariable("CLUSTER_IMAGE_TAG") is { Length: > 0 } tag ? tag : "local";

    public string Chart => Path.Combine(Root, "charts", "innominatus");

    public string Values => Path.Combine(Root, "tests", "Innominatus.KubernetesTests", "TestData", "in-cluster-values.yaml");

    public static ClusterEnvironment Open()
    {
        var kubeconfig = Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG");
        if (string.IsNullOrEmpty(kubeconfig))
        {
            throw new BenchFailure("CLUSTER_KUBECONFIG is not set: start the cluster with 'sudo eng/k8s-cluster-up.sh STATE', load the images with "
                + "'sudo eng/k8s-cluster-load-images.sh STATE IMAGES_DIR' and export CLUSTER_KUBECONFIG=STATE/kubeconfig");
        }
        if (!File.Exists(kubeconfig))
        {
            throw new BenchFailure($"CLUSTER_KUBECONFIG {kubeconfig} does not exist (is the cluster of eng/k8s-cluster-up.sh running?)");
        }
        return new ClusterEnvironment(kubeconfig, FindRoot());
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Innominatus.sln")))
            {
                return directory.FullName;
            }
        }
        throw new BenchFailure($"no Innominatus.sln above {AppContext.BaseDirectory}: run the bench from its clone");
    }
}
