using System.Net;
using System.Net.Sockets;

namespace Innominatus.WorkflowService.Workflows.Egress;

/// <summary>
/// The connect step of the step HttpClients: resolves the host itself, checks every address against
/// <see cref="EgressRules"/> and connects only to an allowed one, so neither a redirect nor a name that resolves
/// differently the second time (DNS rebinding) reaches a refused address. The connector of platform-owned runs
/// (<paramref name="platform"/>) also trusts <see cref="EgressRules.IsPlatformAllowedHost"/>; it serves a client of its
/// own, so a team's request never reuses a connection it opened.
/// </summary>
public sealed class EgressConnector(EgressRules rules, bool platform = false)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var trusted = rules.IsAllowedHost(endpoint.Host) || (platform && rules.IsPlatformAllowedHost(endpoint.Host));
        var refusals = addresses.Select(a => (Address: a, Rule: trusted ? null : rules.Refusal(a))).ToList();
        var allowed = refusals.Where(r => r.Rule is null).Select(r => r.Address).ToArray();
        if (allowed.Length == 0)
        {
            var (address, rule) = refusals.FirstOrDefault();
            throw new EgressRefusedException(address is null
                ? $"egress to {endpoint.Host} is refused: the name does not resolve"
                : $"egress to {address} is refused: {rule}");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
