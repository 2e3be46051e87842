namespace Innominatus.Web.Gateway.Models;

public sealed record ApplicationView(
    string Name, string Team, string State, int Revision, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<ResourceSummary> Resources, IReadOnlyList<string> ChangedResources);
