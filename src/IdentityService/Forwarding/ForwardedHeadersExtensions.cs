using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace Innominatus.IdentityService.Forwarding;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Believes <c>X-Forwarded-*</c> one hop deep and only from the configured peers (loopback when none are): the
    /// gateway sets them to the client's address and the host and scheme it used, for the audit and OIDC redirects.
    /// </summary>
    public static void AddIdentityForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var networks = Entries(settings.KnownNetworks).Select(IPNetwork.Parse).ToList();
        var proxies = Entries(settings.KnownProxies).Select(IPAddress.Parse).ToList();
        if (networks.Count == 0 && proxies.Count == 0)
        {
            networks = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
        }
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto;
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
