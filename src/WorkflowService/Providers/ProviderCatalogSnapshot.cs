using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Providers;

/// <summary>An immutable, conflict-free provider set with every type and alias indexed, so lookups need no lock.</summary>
public sealed class ProviderCatalogSnapshot
{
    public static readonly ProviderCatalogSnapshot Empty = new([], new Dictionary<string, ProviderResolution>());

    private ProviderCatalogSnapshot(IReadOnlyList<ProviderManifest> providers, IReadOnlyDictionary<string, ProviderResolution> index)
    {
        Providers = providers;
        Index = index;
    }

    public IReadOnlyList<ProviderManifest> Providers { get; }

    public IReadOnlyDictionary<string, ProviderResolution> Index { get; }

    /// <summary>Builds the index, refusing the whole set when two providers share a name or claim one type or alias.</summary>
    public static ProviderCatalogSnapshot? TryCreate(IReadOnlyList<ProviderManifest> providers, List<CatalogLoadError> errors)
    {
        var before = errors.Count;
        foreach (var duplicate in providers.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new CatalogLoadError(duplicate.First().Source, null, null,
                $"provider name '{duplicate.Key}' is used more than once (sources: {string.Join(", ", duplicate.Select(p => p.Source).Distinct())})"));
        }
        var index = new Dictionary<string, ProviderResolution>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var type in provider.ResourceTypes)
            {
                var resolution = new ProviderResolution(provider, type, Enum.GetValues<ResourceOperation>().ToDictionary(o => o, o => provider.Workflows[type.Workflows.For(o)]));
                foreach (var name in type.Names)
                {
                    if (index.TryGetValue(name, out var existing))
                    {
                        errors.Add(new CatalogLoadError(provider.Source, null, null,
                            $"resource type '{name}' is claimed by provider '{existing.Provider.Name}' ({Describe(existing.ResourceType, name)}) and by provider '{provider.Name}' ({Describe(type, name)})"));
                        continue;
                    }
                    index[name] = resolution;
                }
            }
        }
        return errors.Count == before ? new ProviderCatalogSnapshot([.. providers.OrderBy(p => p.Name, StringComparer.Ordinal)], index) : null;
    }

    private static string Describe(ResourceTypeDefinition type, string name) =>
        string.Equals(type.Type, name, StringComparison.OrdinalIgnoreCase) ? "as a type" : $"as an alias of '{type.Type}'";
}
