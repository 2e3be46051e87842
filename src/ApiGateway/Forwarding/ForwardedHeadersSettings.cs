namespace Innominatus.ApiGateway.Forwarding;

/// <summary>
/// <c>Gateway:ForwardedHeaders</c>: the proxies (an ingress controller) whose <c>X-Forwarded-For</c> names the client.
/// Without any, the header is ignored and the connection's address is the client: anybody can write the header.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Gateway:ForwardedHeaders";

    /// <summary>CIDR networks of trusted proxies, e.g. the ingress controller's pod network <c>10.42.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Addresses of single trusted proxies.</summary>
    public List<string> KnownProxies { get; set; } = [];

    public bool TrustsAnyProxy => KnownNetworks.Any(n => !string.IsNullOrWhiteSpace(n)) || KnownProxies.Any(p => !string.IsNullOrWhiteSpace(p));
}
