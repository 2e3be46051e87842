namespace Innominatus.DemoService.Catalogue;

/// <summary>A Service in the component's namespace: inside the cluster <c>http://NAME.NAMESPACE.svc:PORT</c>.</summary>
public sealed record ServiceAddress
{
    public string Name { get; init; } = "";

    public int Port { get; init; }

    public Uri Url(string ns) => new($"http://{Name}.{ns}.svc:{Port}/");
}
