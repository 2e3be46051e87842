extern alias gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Innominatus.ServiceTests.Gateway;

/// <summary>The gateway alone; the services behind it resolve to a closed port, so proxied calls fail with 502.</summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<gateway::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var service in new[] { "workflow-service", "identity-service", "demo-service" })
        {
            builder.UseSetting($"services:{service}:http:0", "http://127.0.0.1:1");
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
