namespace Innominatus.ApiGateway.RateLimiting;

/// <summary>
/// Refuses an oversized body before it is proxied, with problem details. Kestrel's own limit still stops a
/// chunked body that grows past it.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, GatewayLimitsOptions limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > limits.MaxRequestBodyBytes)
        {
            await TypedResults.Problem(
                title: "Request body too large",
                detail: $"The body has {context.Request.ContentLength} bytes; the limit is {limits.MaxRequestBodyBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
