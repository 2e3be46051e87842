using Innominatus.ServiceDefaults.Security;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Innominatus.ApiGateway.Authentication;

public static class PrincipalForwarding
{
    /// <summary>Every proxied request carries the verified caller as a fresh <c>X-Innominatus-Principal</c> token, or no principal at all.</summary>
    public static void Add(TransformBuilderContext builder) => builder.AddRequestTransform(context =>
    {
        context.ProxyRequest.Headers.Remove(InternalCallerDefaults.HeaderName);
        if (context.HttpContext.Items[GatewayAccessMiddleware.CallerItem] is CallerPrincipal caller)
        {
            var writer = context.HttpContext.RequestServices.GetRequiredService<InternalTokenWriter>();
            context.ProxyRequest.Headers.TryAddWithoutValidation(InternalCallerDefaults.HeaderName, writer.Write(caller));
        }
        return ValueTask.CompletedTask;
    });
}
