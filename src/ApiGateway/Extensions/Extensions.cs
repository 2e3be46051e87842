using Innominatus.ApiGateway.Authentication;
using Innominatus.ServiceDefaults.Forwarding;
using Microsoft.AspNetCore.HttpOverrides;
using Innominatus.ApiGateway.Health;
using Innominatus.ApiGateway.Proxy;
using Innominatus.ApiGateway.RateLimiting;
using Innominatus.ApiGateway.Security;
using Innominatus.ServiceDefaults.Health;

namespace Innominatus.ApiGateway.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimitsOptions.Section).Get<GatewayLimitsOptions>() ?? new GatewayLimitsOptions();
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddGatewayRateLimiting(limits);
        // The ingress's X-Forwarded-For names the client that keys the rate limits and reaches the services; its
        // X-Forwarded-Proto says the browser came over HTTPS, which YARP passes on (X-Forwarded-Proto: https) so the
        // web UI's and identity service's cookies are Secure. Ingress controllers keep the Host header, so
        // X-Forwarded-Host is not needed.
        builder.AddTrustedForwardedHeaders("Gateway:ForwardedHeaders", ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.AddGatewayAuthentication();

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms(PrincipalForwarding.Add)
            .AddServiceDiscoveryDestinationResolver();

        // The gateway is ready when the services behind it answer their liveness probe.
        foreach (var service in DownstreamServices.Names)
        {
            builder.Services.AddHttpClient(service, client => client.BaseAddress = new Uri($"http://{service}"));
            builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service, sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service), failureStatus: null, tags: [HealthExtensions.ReadyTag]));
        }
    }

    /// <summary>
    /// Security headers, body size, the per-address rate limit, then authentication (so floods never reach the
    /// credential checks), then the per-caller rate limit. Forwarded headers ran before, in UseServiceDefaults.
    /// </summary>
    public static WebApplication UseGatewayLimits(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<GatewayAccessMiddleware>();
        app.UseMiddleware<CallerRateLimitMiddleware>();
        app.UseMiddleware<WebRouteGuardMiddleware>();
        return app;
    }
}
