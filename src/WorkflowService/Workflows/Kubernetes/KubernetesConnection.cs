using k8s;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// The cluster steps talk to: in-cluster configuration when running in Kubernetes (<c>RUNNING_IN_KUBERNETES=true</c>,
/// <c>KUBERNETES_SERVICE_HOST</c> or a mounted service-account token), else the kubeconfig (<c>Kubernetes:Kubeconfig</c>,
/// <c>KUBECONFIG</c> or ~/.kube/config) with <c>Kubernetes:Context</c>. Created on first use: a service without a cluster
/// starts fine and only its Kubernetes steps fail, saying why.
/// </summary>
public sealed class KubernetesConnection(IConfiguration configuration) : IDisposable
{
    private readonly Lazy<IKubernetes> client = new(() => new k8s.Kubernetes(Configure(configuration)));

    public IKubernetes Client => client.Value;

    public static bool InCluster(IConfiguration configuration) =>
        string.Equals(configuration["RUNNING_IN_KUBERNETES"], "true", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"))
        || File.Exists("/var/run/secrets/kubernetes.io/serviceaccount/token");

    private static KubernetesClientConfiguration Configure(IConfiguration configuration)
    {
        if (InCluster(configuration) && KubernetesClientConfiguration.IsInCluster())
        {
            return KubernetesClientConfiguration.InClusterConfig();
        }
        var kubeconfig = configuration["Kubernetes:Kubeconfig"] ?? Environment.GetEnvironmentVariable("KUBECONFIG");
        return KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig, configuration["Kubernetes:Context"]);
    }

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }
}
