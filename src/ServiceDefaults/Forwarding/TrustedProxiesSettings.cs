namespace Innominatus.ServiceDefaults.Forwarding;

/// <summary>
/// The peers (an ingress controller, the gateway) whose <c>X-Forwarded-*</c> headers a service believes. A header from
/// any other peer is ignored: anybody can write it.
/// </summary>
public sealed class TrustedProxiesSettings
{
    /// <summary>CIDR networks of trusted peers, e.g. the ingress controller's pod network <c>10.42.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Addresses of single trusted peers.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
