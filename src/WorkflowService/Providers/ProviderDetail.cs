namespace Innominatus.WorkflowService.Providers;

public sealed record ProviderDetail(string Name, string Team, string Version, string? Description, string Source, IReadOnlyList<ResourceTypeDetail> ResourceTypes)
{
    public static ProviderDetail From(ProviderManifest provider) => new(
        provider.Name, provider.Team, provider.Version, provider.Description, provider.Source,
        [.. provider.ResourceTypes.Select(t => ResourceTypeDetail.From(provider, t))]);
}
