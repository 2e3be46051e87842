using Innominatus.ServiceDefaults.Health;
using Innominatus.ServiceDefaults.Logging;
using Innominatus.ServiceDefaults.Metrics;
using Innominatus.ServiceDefaults.Tracing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults;

public static class Extensions
{
    /// <summary>Health checks, OpenTelemetry, Prometheus metrics, logging conventions, a shutdown delay in Kubernetes, service discovery and resilient HTTP clients.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddInnominatusLogging();
        builder.AddInnominatusTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddProblemDetails();
        builder.Services.AddHostedService(_ => Kubernetes.ShutdownDelay.From(builder.Configuration));
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// Trace header, request metrics and problem details for every request; must run first in the pipeline. Then
    /// forwarded headers (a no-op unless a service configures them) and, when the service registered authentication
    /// (<c>AddInternalCallerAuthentication</c>), authentication and authorization: here rather than where ASP.NET Core
    /// would add them by itself, so that 401 and 403 answers carry the trace header and are counted.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<TraceIdHeaderMiddleware>();
        app.UseMiddleware<HttpRequestMetricsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseForwardedHeaders();
        // Asked of the container without building the provider: its options may need the database, not migrated yet.
        if (app.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IAuthenticationSchemeProvider)))
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
        return app;
    }

    /// <summary>/health, /ready, /alive and /metrics: mapped in every environment because Kubernetes probes and Prometheus need them.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
