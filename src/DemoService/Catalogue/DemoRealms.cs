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

    private static readonly EmbeddedJsonFiles Files = new("realms", "realm");

    public static IReadOnlyList<string> Names { get; } = Files.Names;

    public static string Json(string name) => Files.Read(name);

    public static JsonObject Parse(string name) => JsonNode.Parse(Json(name))!.AsObject();

    public static string ConfigMap(DemoComponent provider) => provider.Name + ConfigMapSuffix;
}
