using System.Text.Json.Nodes;

namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// Keycloak realms shipped in this assembly (<c>Catalogue/realms/NAME.json</c>, the realm's own name), imported by a
/// component that names one as its <c>realm</c>. Secrets in them are Keycloak's <c>${ENV_VAR}</c> placeholders only,
/// filled in at import from the component's environment: the values are generated per installation, never shipped.
/// </summary>
public static class DemoRealms
{
    /// <summary>The ConfigMap demo-time makes of a component's realm file, which its chart values mount.</summary>
    public const string ConfigMapSuffix = "-realm";

    private const string Prefix = "Innominatus.DemoService.Catalogue.realms.";

    public static IReadOnlyList<string> Names { get; } = typeof(DemoRealms).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length]).Order(StringComparer.Ordinal).ToList();

    public static string Json(string name)
    {
        using var stream = typeof(DemoRealms).Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new CatalogueException($"no realm '{name}' is shipped with the demo");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonObject Parse(string name) => JsonNode.Parse(Json(name))!.AsObject();

    public static string ConfigMap(DemoComponent provider) => provider.Name + ConfigMapSuffix;
}
