namespace Innominatus.WorkflowService.Applications;

/// <summary>A workload described by a Score spec, owned by one team; every accepted change is a new revision.</summary>
public sealed class Application
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Team { get; init; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int CurrentRevision { get; set; }

    public string State { get; set; } = ApplicationState.Active;

    public List<ApplicationRevision> Revisions { get; } = [];
}
