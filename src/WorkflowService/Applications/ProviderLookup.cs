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
            : new ProviderChoice(resolution.Provider.Name, resolution.ResourceType,
                resolution.Workflows.ToDictionary(w => w.Key, w => w.Value.Name, StringComparer.Ordinal));
    }

    /// <summary>The provider's workflow for an operation; an update without its own workflow runs the create workflow again.</summary>
    public WorkflowDefinition? WorkflowFor(string resourceType, string operation)
    {
        var workflows = catalog.Resolve(resourceType)?.Workflows;
        return workflows is null ? null
            : workflows.TryGetValue(operation, out var workflow) ? workflow
            : operation == "update" && workflows.TryGetValue("create", out var create) ? create : null;
    }

    public IReadOnlyCollection<string> OfferedTypes => catalog.ResourceTypes;
}
