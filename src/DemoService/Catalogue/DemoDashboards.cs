namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// Grafana dashboards shipped in this assembly (<c>Catalogue/dashboards/NAME.json</c>), given to a component that
/// names them as its chart's <c>dashboards</c> values (the grafana chart's file provider <c>innominatus</c>).
/// </summary>
public static class DemoDashboards
{
    public const string Provider = "innominatus";

    private const string Prefix = "Innominatus.DemoService.Catalogue.dashboards.";

    public static IReadOnlyList<string> Names { get; } = typeof(DemoDashboards).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length]).Order(StringComparer.Ordinal).ToList();

    public static string Json(string name)
    {
        using var stream = typeof(DemoDashboards).Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new CatalogueException($"no dashboard '{name}' is shipped with the demo");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
