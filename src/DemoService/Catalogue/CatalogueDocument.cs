namespace Innominatus.DemoService.Catalogue;

/// <summary>The catalogue file as written: a list of components.</summary>
public sealed record CatalogueDocument
{
    public List<DemoComponent> Components { get; init; } = [];
}
