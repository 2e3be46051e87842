namespace Innominatus.DemoService.Catalogue;

/// <summary>How a component is known to be healthy: an HTTP path on its host, or a named Deployment or StatefulSet being ready.</summary>
public sealed record ComponentHealth
{
    public string? Path { get; init; }

    public string? Deployment { get; init; }

    public string? StatefulSet { get; init; }
}
