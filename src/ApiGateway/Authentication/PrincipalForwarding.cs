using Innominatus.ServiceDefaults.Security;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Innominatus.ApiGateway.Authentication;

public static class PrincipalForwarding
{
    /// <summary>Every proxied request carries the verified caller as an <c>X-Innominatus-Principal</c> token signed for it (<see cref="CallerTokenCache"/>), or no principal at all.</summary>
    public static void Add(TransformBuilderContext builder)
    {
        var tokens = builder.Services.GetRequiredService<CallerTokenCache>();
        builder.AddRequestTransform(context =>
        {
            context.ProxyRequest.Headers.Remove(InternalCallerDefaults.HeaderName);
            if (context.HttpContext.Items[GatewayAccessMiddleware.CallerItem] is CallerPrincipal caller)
            {
                context.ProxyRequest.Headers.TryAddWithoutValidation(InternalCallerDefaults.HeaderName, tokens.TokenFor(caller));
            }
            return ValueTask.CompletedTask;
        });
    }
}
