using Innominatus.WorkflowService.Providers;

namespace Innominatus.WorkflowService.Applications;

/// <summary>What the applications feature needs from the provider catalogue: who provisions a type, with which workflows.</summary>
public sealed class ProviderLookup(IProviderCatalog catalog)
{
    public ProviderChoice? Resolve(string resourceType)
    {
        var resolution = catalog.Resolve(resourceType);
        return resolution is null
            ? null
            : new ProviderChoice(resolution.Provider.Name, resolution.ResourceType,
                resolution.Workflows.ToDictionary(w => w.Key, w => w.Value.Name, StringComparer.Ordinal));
    }

    public IReadOnlyCollection<string> OfferedTypes => catalog.ResourceTypes;
}
