using System.Threading.RateLimiting;

namespace Innominatus.ApiGateway.RateLimiting;

/// <summary>A fixed window per verified caller (user or service id), shared by every address the caller uses.</summary>
public sealed class CallerRateLimiter(GatewayLimitsOptions limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(callerId =>
        limits.RequestsPerWindow <= 0
            ? RateLimitPartition.GetNoLimiter(callerId)
            : RateLimitPartition.GetFixedWindowLimiter(callerId, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.RequestsPerWindow,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
            }));

    public RateLimitLease Acquire(string callerId) => limiter.AttemptAcquire(callerId);

    public void Dispose() => limiter.Dispose();
}
