using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

/// <summary>The provider that owns a resource type (asked for by type or alias) and its workflow per operation.</summary>
public sealed record ProviderResolution(
    ProviderManifest Provider,
    ResourceTypeDefinition ResourceType,
    IReadOnlyDictionary<ResourceOperation, WorkflowDefinition> Workflows)
{
    public string CanonicalType => ResourceType.Type;

    public WorkflowDefinition WorkflowFor(ResourceOperation operation) => Workflows[operation];
}
