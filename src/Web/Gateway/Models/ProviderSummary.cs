namespace Innominatus.Web.Gateway.Models;

public sealed record ProviderSummary(string Name, string Team, string Version, string? Description, IReadOnlyList<ResourceTypeSummary> ResourceTypes);
