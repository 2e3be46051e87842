namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// Grafana dashboards shipped in this assembly (<c>Catalogue/dashboards/NAME.json</c>), given to a component that
/// names them as its chart's <c>dashboards</c> values (the grafana chart's file provider <c>innominatus</c>).
/// </summary>
public static class DemoDashboards
{
    public const string Provider = "innominatus";

    private static readonly EmbeddedJsonFiles Files = new("dashboards", "dashboard");

    public static IReadOnlyList<string> Names { get; } = Files.Names;

    public static string Json(string name) => Files.Read(name);
}
