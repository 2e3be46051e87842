using System.Globalization;
using System.Threading.RateLimiting;

namespace Innominatus.ApiGateway.RateLimiting;

/// <summary>The 429 answer of both rate limits: problem details whose title names the limit, and Retry-After.</summary>
public static class TooManyRequests
{
    public static async ValueTask WriteAsync(HttpContext context, RateLimitLease lease, string rule, string detail)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        await TypedResults.Problem(title: $"Too many requests: {rule}", detail: detail, statusCode: StatusCodes.Status429TooManyRequests)
            .ExecuteAsync(context);
    }
}
