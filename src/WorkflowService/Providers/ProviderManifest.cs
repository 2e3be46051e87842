using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

/// <summary>A loaded provider: its <c>provider.yaml</c> and the parsed workflows it references, keyed by workflow name.</summary>
public sealed record ProviderManifest(
    string Name,
    string Team,
    string Version,
    string? Description,
    IReadOnlyList<ResourceTypeDefinition> ResourceTypes,
    IReadOnlyDictionary<string, WorkflowDefinition> Workflows,
    string Source);
