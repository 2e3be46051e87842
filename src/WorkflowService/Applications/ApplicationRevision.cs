using System.Text.Json;

namespace Innominatus.WorkflowService.Applications;

public sealed class ApplicationRevision
{
    public Guid ApplicationId { get; init; }

    public int Revision { get; init; }

    /// <summary>The spec as submitted, normalised to JSON.</summary>
    public required JsonDocument Spec { get; init; }

    public required string SpecHash { get; init; }

    public required string SubmittedBy { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Names of the resources this revision added, changed or removed.</summary>
    public List<string> ChangedResources { get; init; } = [];
}
