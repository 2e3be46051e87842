using System.Text.Json;

namespace Innominatus.WorkflowService.GoldenPathRuns;

/// <summary>A request to run a golden path with validated parameters (defaults applied).</summary>
public sealed class GoldenPathRun
{
    public Guid Id { get; init; }

    public required string GoldenPath { get; init; }

    public required JsonDocument Parameters { get; init; }

    public required string RequestedBy { get; init; }

    public required string Team { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public string State { get; set; } = "requested";

    /// <summary>The workflow run it started.</summary>
    public Guid? ExecutionId { get; set; }
}
