namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// A Secret generated per installation in the component's namespace (the engine's <c>ensure-secret</c>): values the
/// Secret already holds are kept, so a second demo-time leaves them as they are.
/// </summary>
public sealed record ComponentCredentials
{
    public string Secret { get; init; } = "";

    public List<string> Keys { get; init; } = [];
}
