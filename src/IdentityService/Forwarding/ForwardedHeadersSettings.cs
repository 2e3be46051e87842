namespace Innominatus.IdentityService.Forwarding;

/// <summary>
/// <c>Identity:ForwardedHeaders</c>: the peers (the gateway) whose <c>X-Forwarded-For</c>, <c>-Host</c> and <c>-Proto</c>
/// the IdentityService believes. Without any, only loopback peers (the same pod or machine) are believed: a header
/// from any other peer is ignored, so nobody can forge the address the audit records.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Identity:ForwardedHeaders";

    /// <summary>CIDR networks of trusted peers, e.g. the gateway pods' network <c>10.42.0.0/16</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Addresses of single trusted peers.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
