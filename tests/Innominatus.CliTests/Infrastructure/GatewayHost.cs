extern alias gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Forwarder;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// The real gateway in-process, forwarding to the workflow service's test server. <paramref name="trustIdentityHeaders"/>
/// false is the production setting: every X-Innominatus-* header a client sends is dropped.
/// </summary>
public sealed class GatewayHost(HttpMessageHandler workflowHandler, bool trustIdentityHeaders) : WebApplicationFactory<gateway::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var service in new[] { "workflow-service", "identity-service", "demo-service" })
        {
            builder.UseSetting($"services:{service}:http:0", "http://localhost");
        }
        builder.UseSetting("Gateway:TrustClientIdentityHeaders", trustIdentityHeaders ? "true" : "false");
        builder.UseSetting("Gateway:RequestsPerWindow", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<IForwarderHttpClientFactory>(new InProcessForwarderFactory(workflowHandler)));
    }

    private sealed class InProcessForwarderFactory(HttpMessageHandler handler) : IForwarderHttpClientFactory
    {
        public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context) => new(handler, disposeHandler: false);
    }
}
