using System.Text.Json;
using Innominatus.WorkflowService.Resources;

namespace Innominatus.WorkflowService.Applications;

public sealed record ApplicationView(
    string Name,
    string Team,
    string State,
    int Revision,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ResourceSummary> Resources,
    IReadOnlyList<string> ChangedResources,
    JsonElement? Spec)
{
    public static ApplicationView From(Application application, IEnumerable<ResourceInstance> resources, IReadOnlyList<string> changed, JsonDocument? spec) => new(
        application.Name, application.Team, application.State, application.CurrentRevision, application.CreatedBy,
        application.CreatedAt, application.UpdatedAt,
        resources.OrderBy(r => r.Name, StringComparer.Ordinal).Select(ResourceSummary.From).ToList(),
        changed, spec?.RootElement);
}
