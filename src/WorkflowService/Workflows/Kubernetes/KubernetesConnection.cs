using k8s;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// The cluster steps talk to: in-cluster configuration when running in Kubernetes (<c>RUNNING_IN_KUBERNETES=true</c>,
/// <c>KUBERNETES_SERVICE_HOST</c> or a mounted service-account token), else the kubeconfig (<c>Kubernetes:Kubeconfig</c>,
/// <c>KUBECONFIG</c> or ~/.kube/config) with <c>Kubernetes:Context</c>. Created on first use: a service without a cluster
/// starts fine and only its Kubernetes steps fail, saying why (<see cref="NoKubernetesClusterException"/>). A failed
/// attempt is not cached: a kubeconfig that appears later (the local cluster starting) is picked up.
/// </summary>
public sealed class KubernetesConnection(IConfiguration configuration) : IDisposable
{
    private readonly Lazy<IKubernetes> client = new(() => new k8s.Kubernetes(Configure(configuration)), LazyThreadSafetyMode.PublicationOnly);

    public IKubernetes Client => client.Value;

    public static bool InCluster(IConfiguration configuration) => ServiceDefaults.Kubernetes.KubernetesEnvironment.IsInCluster(configuration);

    private static KubernetesClientConfiguration Configure(IConfiguration configuration)
    {
        if (InCluster(configuration) && KubernetesClientConfiguration.IsInCluster())
        {
            return KubernetesClientConfiguration.InClusterConfig();
        }
        var kubeconfig = configuration["Kubernetes:Kubeconfig"] ?? Environment.GetEnvironmentVariable("KUBECONFIG");
        var path = string.IsNullOrEmpty(kubeconfig) ? KubernetesClientConfiguration.KubeConfigDefaultLocation : kubeconfig.Split(Path.PathSeparator)[0];
        if (!File.Exists(path))
        {
            throw new NoKubernetesClusterException(NoKubernetesClusterException.NoKubeconfig(string.IsNullOrEmpty(kubeconfig) ? null : path));
        }
        return KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig, configuration["Kubernetes:Context"]);
    }

    /// <summary>The server steps talk to, for error messages; null when none is configured.</summary>
    public Uri? Server => client.IsValueCreated ? client.Value.BaseUri : null;

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }
}
