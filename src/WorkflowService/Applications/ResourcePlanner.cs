using System.Text.Json;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Score;

namespace Innominatus.WorkflowService.Applications;

/// <summary>
/// Compares a new revision's resources with the stored ones: new ones are declared, changed ones (by fingerprint)
/// are requested again for update, removed ones go to deprovisioning. Unchanged resources produce nothing.
/// </summary>
public sealed class ResourcePlanner(ProviderLookup providers)
{
    public IReadOnlyList<ResourceChange> Plan(Application application, IReadOnlyDictionary<string, ResourceSpec> declared, IReadOnlyList<ResourceInstance> stored, int revision, string actor, DateTimeOffset now)
    {
        var changes = new List<ResourceChange>();
        var byName = stored.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var (name, spec) in declared.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var provider = providers.Resolve(spec.Type)!;
            if (!byName.TryGetValue(name, out var existing))
            {
                var created = new ResourceInstance
                {
                    Id = Guid.CreateVersion7(), ApplicationId = application.Id, Application = application.Name, Team = application.Team,
                    Name = name, Type = provider.ResourceType, Class = spec.Class, SharedId = spec.Id, Provider = provider.Provider,
                    Parameters = ToDocument(spec), Fingerprint = spec.Fingerprint, Revision = revision, CreatedAt = now, UpdatedAt = now,
                };
                changes.Add(new ResourceChange(created, "create", IsNew: true, created.Declare($"declared in revision {revision}", actor, now)));
                continue;
            }
            if (existing.Fingerprint == spec.Fingerprint && existing.State is not (ResourceState.Deleted or ResourceState.Deprovisioning))
            {
                continue;
            }
            var operation = existing.State is ResourceState.Deleted or ResourceState.Deprovisioning ? "create" : "update";
            existing.Type = provider.ResourceType;
            existing.Class = spec.Class;
            existing.SharedId = spec.Id;
            existing.Provider = provider.Provider;
            existing.Parameters = ToDocument(spec);
            existing.Fingerprint = spec.Fingerprint;
            existing.Revision = revision;
            existing.DesiredOperation = operation;
            existing.UpdatedAt = now;
            var transition = ResourceStateMachine.CanMove(existing.State, ResourceState.Requested)
                ? existing.MoveTo(ResourceState.Requested, $"revision {revision} {(operation == "create" ? "declares it again" : "changed it")}", actor, now)
                : null;
            changes.Add(new ResourceChange(existing, operation, IsNew: false, transition));
        }
        foreach (var removed in stored.Where(r => !declared.ContainsKey(r.Name) && r.State is not (ResourceState.Deleted or ResourceState.Deprovisioning)))
        {
            changes.Add(new ResourceChange(removed, "delete", IsNew: false, removed.MoveTo(ResourceState.Deprovisioning, $"removed from the spec in revision {revision}", actor, now)));
            removed.DesiredOperation = "delete";
            removed.Revision = revision;
        }
        return changes;
    }

    private static JsonDocument ToDocument(ResourceSpec spec) =>
        JsonDocument.Parse(spec.Params?.ToJsonString() ?? "{}");
}
