namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>A measured route as the three paths see it: the service itself, through nginx and through the gateway.</summary>
public sealed record GatewayRoute(string Name, GatewayPath Direct, GatewayPath Nginx, GatewayPath Gateway)
{
    public GatewayPath[] Paths => [Direct, Nginx, Gateway];
}
