using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IPNetwork = System.Net.IPNetwork;

namespace Innominatus.ServiceDefaults.Forwarding;

public static class TrustedForwardedHeadersExtensions
{
    /// <summary>
    /// Believes <paramref name="headers"/> one hop deep and only from the peers configured under
    /// <paramref name="section"/> (<see cref="TrustedProxiesSettings"/>), or from <paramref name="defaultNetworks"/> when
    /// none are. With no trusted peer at all no header is read: the middleware would otherwise trust every peer.
    /// </summary>
    public static void AddTrustedForwardedHeaders(this IHostApplicationBuilder builder, string section, ForwardedHeaders headers, params string[] defaultNetworks)
    {
        var settings = builder.Configuration.GetSection(section).Get<TrustedProxiesSettings>() ?? new TrustedProxiesSettings();
        var networks = Entries(settings.KnownNetworks).Select(IPNetwork.Parse).ToList();
        var proxies = Entries(settings.KnownProxies).Select(IPAddress.Parse).ToList();
        if (networks.Count == 0 && proxies.Count == 0)
        {
            networks = defaultNetworks.Select(IPNetwork.Parse).ToList();
        }
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = networks.Count + proxies.Count > 0 ? headers : ForwardedHeaders.None;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            networks.ForEach(options.KnownIPNetworks.Add);
            proxies.ForEach(options.KnownProxies.Add);
        });
    }

    /// <summary>Indexed entries, each of which may also be a comma-separated list (one environment variable).</summary>
    private static IEnumerable<string> Entries(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
