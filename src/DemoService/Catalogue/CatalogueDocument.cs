namespace Innominatus.DemoService.Catalogue;

/// <summary>The catalogue file as written: a list of components, and the platform-config repository's wiring.</summary>
public sealed record CatalogueDocument
{
    public List<DemoComponent> Components { get; init; } = [];

    public PlatformConfig? PlatformConfig { get; init; }
}
