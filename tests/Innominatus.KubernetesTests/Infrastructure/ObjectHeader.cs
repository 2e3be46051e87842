using k8s.Models;

namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>What every object has; enough to find kinds the client has no model for (ServiceMonitor).</summary>
public sealed class ObjectHeader
{
    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public V1ObjectMeta? Metadata { get; set; }
}
