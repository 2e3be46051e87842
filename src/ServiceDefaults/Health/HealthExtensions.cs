using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.Health;

public static class HealthExtensions
{
    /// <summary>Checks tagged <c>live</c> say the process works; checks tagged <c>ready</c> say it can serve (database, broker).</summary>
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        // Liveness never depends on the database or broker: a restart would not fix them.
        app.MapHealthChecks("/health", Options(r => r.Tags.Contains(LiveTag))).DisableHttpMetrics();
        app.MapHealthChecks("/alive", Options(r => r.Tags.Contains(LiveTag))).DisableHttpMetrics();
        app.MapHealthChecks("/ready", Options(r => r.Tags.Contains(ReadyTag) || r.Tags.Contains(LiveTag))).DisableHttpMetrics();
        return app;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = HealthResponseWriter.WriteAsync,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = 200,
            [HealthStatus.Degraded] = 200,
            [HealthStatus.Unhealthy] = 503,
        },
    };
}
