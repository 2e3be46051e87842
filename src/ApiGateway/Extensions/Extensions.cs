using Innominatus.ApiGateway.Health;
using Innominatus.ApiGateway.Identity;
using Innominatus.ApiGateway.Proxy;
using Innominatus.ApiGateway.RateLimiting;
using Innominatus.ServiceDefaults.Health;

namespace Innominatus.ApiGateway.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimitsOptions.Section).Get<GatewayLimitsOptions>() ?? new GatewayLimitsOptions();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.AddGatewayRateLimiting(limits);

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        // The gateway is ready when the services behind it answer their liveness probe.
        foreach (var service in DownstreamServices.Names)
        {
            builder.Services.AddHttpClient(service, client => client.BaseAddress = new Uri($"http://{service}"));
            builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service, sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service), failureStatus: null, tags: [HealthExtensions.ReadyTag]));
        }
    }

    public static WebApplication UseGatewayLimits(this WebApplication app)
    {
        app.UseMiddleware<ForwardedIdentityMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
