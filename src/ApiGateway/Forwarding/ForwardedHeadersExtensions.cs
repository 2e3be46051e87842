using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Innominatus.ApiGateway.Forwarding;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Trusts <c>X-Forwarded-For</c> only from the configured proxies, one hop deep (the address the ingress saw). The
    /// client address found this way keys the rate limits and reaches the services: the proxy sets X-Forwarded-For to it.
    /// </summary>
    public static void AddGatewayForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            // Empty lists would make the middleware trust every peer: without configured proxies, read no header at all.
            options.ForwardedHeaders = settings.TrustsAnyProxy ? ForwardedHeaders.XForwardedFor : ForwardedHeaders.None;
            options.ForwardLimit = 1;
            foreach (var network in settings.KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
            foreach (var proxy in settings.KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }
        });
    }
}
