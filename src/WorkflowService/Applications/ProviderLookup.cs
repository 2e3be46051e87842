using Innominatus.WorkflowService.Providers;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Applications;

/// <summary>What the applications feature needs from the provider catalogue: who provisions a type, with which workflows.</summary>
public sealed class ProviderLookup(IProviderCatalog catalog)
{
    public ProviderChoice? Resolve(string resourceType)
    {
        var resolution = catalog.Resolve(resourceType);
        return resolution is null
            ? null
            : new ProviderChoice(resolution.Provider.Name, resolution.CanonicalType,
                resolution.Workflows.ToDictionary(w => Operation(w.Key), w => w.Value.Name, StringComparer.Ordinal));
    }

    /// <summary>The provider's workflow for an operation (create, update or delete).</summary>
    public WorkflowDefinition? WorkflowFor(string resourceType, string operation)
    {
        var resolution = catalog.Resolve(resourceType);
        return resolution is not null && Enum.TryParse<ResourceOperation>(operation, ignoreCase: true, out var op) && resolution.Workflows.TryGetValue(op, out var workflow)
            ? workflow
            : null;
    }

    public IReadOnlyCollection<string> OfferedTypes => catalog.ResourceTypes;

    private static string Operation(ResourceOperation operation) => operation.ToString().ToLowerInvariant();
}
