using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Innominatus.ApiGateway.RateLimiting;

public static class RateLimitingExtensions
{
    public const string ApiPolicy = "api";

    /// <summary>A fixed window per client (its API key, bearer token or session cookie when it sends one, else its address), answered with 429 problem details.</summary>
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, GatewayLimitsOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiPolicy, context => limits.RequestsPerWindow <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerWindow,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
                await TypedResults.Problem(
                    title: "Too many requests",
                    detail: $"This client sent more than {limits.RequestsPerWindow} requests in {limits.WindowSeconds} s; retry later.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static string ClientKey(HttpContext context)
    {
        var credential = context.Request.Headers["X-API-Key"].ToString();
        if (string.IsNullOrEmpty(credential))
        {
            credential = context.Request.Headers.Authorization.ToString();
        }
        if (string.IsNullOrEmpty(credential))
        {
            credential = context.Request.Cookies["innominatus_session"];
        }
        return string.IsNullOrEmpty(credential)
            ? "ip:" + context.Connection.RemoteIpAddress
            : "credential:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(credential)));
    }
}
