namespace Innominatus.WorkflowService.Providers;

public sealed record ProviderSummary(string Name, string Team, string Version, string? Description, IReadOnlyList<ResourceTypeSummary> ResourceTypes)
{
    public static ProviderSummary From(ProviderManifest provider) => new(
        provider.Name, provider.Team, provider.Version, provider.Description,
        [.. provider.ResourceTypes.Select(t => new ResourceTypeSummary(t.Type, t.Aliases, t.Description))]);
}
