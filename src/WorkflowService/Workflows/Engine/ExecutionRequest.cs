namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>Who and what a run is for.</summary>
public sealed record ExecutionRequest(string Kind, string Team, string RequestedBy, string? Application = null, Guid? ResourceId = null, string? Operation = null, Guid? RequestId = null);
