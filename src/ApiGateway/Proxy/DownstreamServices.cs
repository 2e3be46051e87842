namespace Innominatus.ApiGateway.Proxy;

/// <summary>Service-discovery names of the services behind the gateway, as the AppHost names them.</summary>
public static class DownstreamServices
{
    public static readonly string[] Names = ["workflow-service", "identity-service", "demo-service"];
}
