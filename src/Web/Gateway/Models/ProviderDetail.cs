namespace Innominatus.Web.Gateway.Models;

public sealed record ProviderDetail(string Name, string Team, string Version, string? Description, string Source, IReadOnlyList<ResourceTypeDetail> ResourceTypes);
