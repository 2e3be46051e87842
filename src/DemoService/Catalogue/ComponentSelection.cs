namespace Innominatus.DemoService.Catalogue;

/// <summary>The components to install in dependency order, or the names nobody knows.</summary>
public sealed record ComponentSelection(IReadOnlyList<DemoComponent> Components, IReadOnlyList<string> Unknown)
{
    public bool IsValid => Unknown.Count == 0;
}
