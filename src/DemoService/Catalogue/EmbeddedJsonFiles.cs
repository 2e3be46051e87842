namespace Innominatus.DemoService.Catalogue;

/// <summary>The <c>NAME.json</c> files of one folder of <c>Catalogue/</c>, embedded in this assembly.</summary>
public sealed class EmbeddedJsonFiles(string folder, string kind)
{
    private readonly string prefix = $"Innominatus.DemoService.Catalogue.{folder}.";

    public IReadOnlyList<string> Names => [.. typeof(EmbeddedJsonFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[prefix.Length..^".json".Length]).Order(StringComparer.Ordinal)];

    public string Read(string name)
    {
        using var stream = typeof(EmbeddedJsonFiles).Assembly.GetManifestResourceStream(prefix + name + ".json")
            ?? throw new CatalogueException($"no {kind} '{name}' is shipped with the demo");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
