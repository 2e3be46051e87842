using System.Net;
using System.Net.Sockets;

namespace Innominatus.WorkflowService.Workflows.Egress;

/// <summary>
/// Which addresses <c>http</c> and <c>gitea-repo</c> steps may connect to. Loopback, link-local (cloud metadata
/// included), unspecified, broadcast and multicast addresses are always refused, and so are the
/// <c>Workflows:Egress:DeniedNetworks</c> (default: the private ranges, where pods, services and the platform's own
/// databases live). <c>Workflows:Egress:AllowedNetworks</c> and <c>Workflows:Egress:AllowedHosts</c> (exact host
/// names) are the operator's exceptions, e.g. for an in-cluster Gitea. <c>Workflows:Egress:PlatformAllowedHosts</c>
/// are exceptions for platform-owned runs only (the demo's Gitea): a team's steps still may not reach them.
/// </summary>
public sealed class EgressRules(IReadOnlyList<IPNetwork> denied, IReadOnlyList<IPNetwork> allowed, IReadOnlySet<string> allowedHosts, IReadOnlySet<string>? platformAllowedHosts = null)
{
    public static readonly IReadOnlyList<string> DefaultDeniedNetworks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"];

    private static readonly IPNetwork LinkLocalV4 = IPNetwork.Parse("169.254.0.0/16");
    private static readonly IPNetwork ThisNetworkV4 = IPNetwork.Parse("0.0.0.0/8");
    private static readonly IPNetwork MulticastV4 = IPNetwork.Parse("224.0.0.0/4");
    private static readonly IPNetwork ReservedV4 = IPNetwork.Parse("240.0.0.0/4");

    public static EgressRules From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Workflows:Egress");
        var denied = List(section.GetSection("DeniedNetworks"));
        return new EgressRules(
            (denied.Count > 0 ? denied : DefaultDeniedNetworks).Select(IPNetwork.Parse).ToList(),
            List(section.GetSection("AllowedNetworks")).Select(IPNetwork.Parse).ToList(),
            List(section.GetSection("AllowedHosts")).ToHashSet(StringComparer.OrdinalIgnoreCase),
            List(section.GetSection("PlatformAllowedHosts")).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    public bool IsAllowedHost(string host) => allowedHosts.Contains(host.TrimEnd('.'));

    public bool IsPlatformAllowedHost(string host) => platformAllowedHosts?.Contains(host.TrimEnd('.')) == true;

    /// <summary>Null when the address may be reached; otherwise the rule that refuses it.</summary>
    public string? Refusal(IPAddress address)
    {
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (allowed.Any(n => n.Contains(ip)))
        {
            return null;
        }
        if (Builtin(ip) is { } rule)
        {
            return rule;
        }
        foreach (var network in denied.Where(n => n.Contains(ip)))
        {
            return $"{network} is a denied network (Workflows:Egress:DeniedNetworks)";
        }
        return null;
    }

    private static string? Builtin(IPAddress ip) => ip switch
    {
        _ when IPAddress.IsLoopback(ip) => "loopback addresses are not allowed",
        _ when ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) || ip.Equals(IPAddress.IPv6None) => "unspecified addresses are not allowed",
        { AddressFamily: AddressFamily.InterNetwork } when LinkLocalV4.Contains(ip) => "link-local addresses are not allowed",
        { AddressFamily: AddressFamily.InterNetwork } when ThisNetworkV4.Contains(ip) => "unspecified addresses are not allowed",
        { AddressFamily: AddressFamily.InterNetwork } when MulticastV4.Contains(ip) => "multicast addresses are not allowed",
        { AddressFamily: AddressFamily.InterNetwork } when ReservedV4.Contains(ip) => "reserved and broadcast addresses are not allowed",
        { IsIPv6LinkLocal: true } or { IsIPv6SiteLocal: true } => "link-local addresses are not allowed",
        { IsIPv6Multicast: true } => "multicast addresses are not allowed",
        _ => null,
    };

    /// <summary>A list setting as indexed children (<c>:0</c>, <c>:1</c>) or as one comma-separated value.</summary>
    private static List<string> List(IConfigurationSection section) =>
        [.. (section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
