using Microsoft.Extensions.Configuration;

namespace Innominatus.ServiceDefaults.Kubernetes;

/// <summary>
/// Kubernetes mode, as the deployment guide defines it: <c>RUNNING_IN_KUBERNETES=true</c>, <c>KUBERNETES_SERVICE_HOST</c>
/// or a mounted service-account token. Services use in-cluster configuration and service DNS names there, the
/// kubeconfig and localhost URLs elsewhere.
/// </summary>
public static class KubernetesEnvironment
{
    public static bool IsInCluster(IConfiguration configuration) =>
        string.Equals(configuration["RUNNING_IN_KUBERNETES"], "true", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"))
        || File.Exists("/var/run/secrets/kubernetes.io/serviceaccount/token");
}
