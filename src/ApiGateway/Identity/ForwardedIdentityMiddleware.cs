namespace Innominatus.ApiGateway.Identity;

/// <summary>
/// Services trust the <c>X-Innominatus-*</c> identity headers, so only the gateway may set them: whatever a client
/// sends under those names is dropped. <c>Gateway:TrustClientIdentityHeaders=true</c> lets them through; the AppHost
/// sets it for local development only, until the gateway authenticates callers itself.
/// </summary>
public sealed class ForwardedIdentityMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string HeaderPrefix = "X-Innominatus-";

    private readonly bool trustClient = configuration.GetValue("Gateway:TrustClientIdentityHeaders", false);

    public Task InvokeAsync(HttpContext context)
    {
        if (!trustClient)
        {
            foreach (var header in context.Request.Headers.Keys.Where(k => k.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                context.Request.Headers.Remove(header);
            }
        }
        return next(context);
    }
}
