using System.Threading.RateLimiting;

namespace Innominatus.ApiGateway.RateLimiting;

public static class RateLimitingExtensions
{
    private static readonly string[] Unlimited = ["/health", "/ready", "/alive", "/metrics"];

    /// <summary>
    /// Rule "rate limit per client address": a fixed window per client address (the connection's, or the one a trusted
    /// proxy forwarded) on every request but probes and metrics, routed or not. It runs before any credential is looked
    /// at, because an unverified credential is whatever the client chose to send. The per-caller limit follows
    /// authentication (<see cref="CallerRateLimitMiddleware"/>).
    /// </summary>
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, GatewayLimitsOptions limits)
    {
        services.AddSingleton<CallerRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limits.RequestsPerAddressPerWindow <= 0 || IsProbe(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter("address:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.RequestsPerAddressPerWindow,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    }));
            options.OnRejected = (context, _) => TooManyRequests.WriteAsync(context.HttpContext, context.Lease,
                "Rate limit per client address",
                $"This client address sent more than {limits.RequestsPerAddressPerWindow} requests in {limits.WindowSeconds} s; retry later.");
        });
        return services;
    }

    private static bool IsProbe(PathString path) =>
        Unlimited.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
