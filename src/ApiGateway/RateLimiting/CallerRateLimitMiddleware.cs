using Innominatus.ApiGateway.Authentication;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.ApiGateway.RateLimiting;

/// <summary>
/// Rule "rate limit per verified caller": after the gateway has verified the credential, each caller has its own
/// budget, whichever key, token or session it uses. Requests without a verified caller were already counted per address.
/// </summary>
public sealed class CallerRateLimitMiddleware(RequestDelegate next, CallerRateLimiter limiter, GatewayLimitsOptions limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Items[GatewayAccessMiddleware.CallerItem] is not CallerPrincipal caller)
        {
            await next(context);
            return;
        }
        using var lease = limiter.Acquire("caller:" + caller.UserId);
        if (!lease.IsAcquired)
        {
            await TooManyRequests.WriteAsync(context, lease, "Rate limit per verified caller",
                $"Caller '{caller.User}' sent more than {limits.RequestsPerWindow} requests in {limits.WindowSeconds} s; retry later.");
            return;
        }
        await next(context);
    }
}
