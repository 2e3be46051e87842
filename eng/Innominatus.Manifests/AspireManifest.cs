using System.Text.Json;

namespace Innominatus.Manifests;

/// <summary>The manifest `dotnet run --project src/AppHost -- --publisher manifest` writes.</summary>
internal sealed class AspireManifest
{
    private readonly Dictionary<string, AspireResource> byName;

    private AspireManifest(IReadOnlyList<AspireResource> resources)
    {
        Resources = resources;
        byName = resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>Resources in manifest order.</summary>
    public IReadOnlyList<AspireResource> Resources { get; }

    public static AspireManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var resources = document.RootElement.GetProperty("resources").EnumerateObject()
            .Select(p => new AspireResource(p.Name, p.Value.Clone()))
            .ToList();
        return new AspireManifest(resources);
    }

    public AspireResource Get(string name) =>
        byName.TryGetValue(name, out var resource)
            ? resource
            : throw new InvalidOperationException($"The Aspire manifest references '{name}', which it does not define.");
}
