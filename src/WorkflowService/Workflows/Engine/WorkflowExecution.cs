using System.Text.Json;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>One run of a workflow: the definition is copied in, so a provider reload never changes a run under way.</summary>
public sealed class WorkflowExecution
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>resource, golden-path or application.</summary>
    public required string Kind { get; init; }

    public string? Application { get; init; }

    public Guid? ResourceId { get; init; }

    public string? Operation { get; init; }

    public required string Team { get; init; }

    public required string RequestedBy { get; init; }

    /// <summary>The request that started the run; unique, so a redelivered request starts nothing twice.</summary>
    public Guid? RequestId { get; init; }

    public string State { get; set; } = ExecutionState.Running;

    public required JsonDocument Definition { get; init; }

    public required JsonDocument Parameters { get; init; }

    public JsonDocument? Outputs { get; set; }

    public string? Error { get; set; }

    /// <summary>W3C traceparent of the request that started it, so every step's span joins one trace.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    public List<StepExecution> Steps { get; } = [];

    /// <summary>A newer request for the same resource replaced this run before it finished.</summary>
    public bool Superseded { get; set; }
}
