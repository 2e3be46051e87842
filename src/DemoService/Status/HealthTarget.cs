using Innominatus.ServiceDefaults.Kubernetes;

namespace Innominatus.DemoService.Status;

/// <summary>
/// Where an HTTP health check goes. Outside a cluster, <c>http://host/path</c>: <c>*.localtest.me</c> is this machine,
/// where the local cluster's ingress answers. In Kubernetes mode the same name is the pod itself, so the check goes to
/// the demo's ingress controller Service (<see cref="InClusterIngress"/>) with the component's host as the Host header.
/// <c>Demo:IngressAddress</c> overrides both.
/// </summary>
public static class HealthTarget
{
    /// <summary>The Service the catalogue's ingress-nginx release (namespace demo-ingress) creates for its controller.</summary>
    public const string InClusterIngress = "http://ingress-nginx-controller.demo-ingress.svc";

    public static Uri For(IConfiguration configuration, string host, string path)
    {
        var ingress = configuration["Demo:IngressAddress"] is { Length: > 0 } configured ? configured
            : KubernetesEnvironment.IsInCluster(configuration) ? InClusterIngress
            : null;
        return ingress is null
            ? new Uri($"http://{host}{path}")
            : new Uri(new Uri(ingress.TrimEnd('/') + "/"), path.TrimStart('/'));
    }
}
