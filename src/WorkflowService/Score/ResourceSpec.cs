using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>A resource the workload depends on, provisioned by the platform.</summary>
public sealed record ResourceSpec(string Name, string Type, string? Class, string? Id, JsonObject? Params, JsonObject? Metadata)
{
    /// <summary>
    /// Hex SHA-256 of the canonical JSON of type, class, id, params and metadata (keys sorted), so two revisions of a
    /// spec can be compared resource by resource. Computed on each read so a <c>with</c> copy never keeps a stale value.
    /// </summary>
    public string Fingerprint => ResourceFingerprint.Compute(this);
}
