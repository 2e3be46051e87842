extern alias gateway;
extern alias workflow;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Forwarder;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// The real gateway in front of the real workflow service, both in-process: YARP forwards through the service's
/// test server instead of a socket. The workflow service runs on the real PostgreSQL and RabbitMQ.
/// </summary>
public sealed class GatewayOverWorkflow : IAsyncDisposable
{
    private readonly GatewayHost gatewayHost;

    private GatewayOverWorkflow(ServiceFactory<workflow::Program> workflowService, GatewayHost gatewayHost)
    {
        Workflow = workflowService;
        this.gatewayHost = gatewayHost;
    }

    public ServiceFactory<workflow::Program> Workflow { get; }

    public static async Task<GatewayOverWorkflow> StartAsync(IReadOnlyDictionary<string, string>? workflowSettings = null)
    {
        var workflowService = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), workflowSettings);
        using var _ = await workflowService.StartAsync();
        return new GatewayOverWorkflow(workflowService, new GatewayHost(workflowService.Server.CreateHandler()));
    }

    /// <summary>A client that calls through the gateway as <paramref name="user"/> of <paramref name="team"/>.</summary>
    public HttpClient As(string? user, string? team = null, string? roles = null)
    {
        var client = gatewayHost.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-Innominatus-User", user);
        }
        if (team is not null)
        {
            client.DefaultRequestHeaders.Add("X-Innominatus-Team", team);
        }
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add("X-Innominatus-Roles", roles);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await gatewayHost.DisposeAsync();
        await Workflow.DisposeAsync();
    }

    private sealed class GatewayHost(HttpMessageHandler workflowHandler) : WebApplicationFactory<gateway::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var service in new[] { "workflow-service", "identity-service", "demo-service" })
            {
                builder.UseSetting($"services:{service}:http:0", "http://localhost");
            }
            builder.UseSetting("Gateway:TrustClientIdentityHeaders", "true");
            builder.UseSetting("Gateway:RequestsPerWindow", "0");
            builder.ConfigureTestServices(services => services.AddSingleton<IForwarderHttpClientFactory>(new InProcessForwarderFactory(workflowHandler)));
        }
    }

    private sealed class InProcessForwarderFactory(HttpMessageHandler handler) : IForwarderHttpClientFactory
    {
        public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context) => new(handler, disposeHandler: false);
    }
}
