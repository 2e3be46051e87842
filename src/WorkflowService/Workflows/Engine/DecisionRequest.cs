namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>Body of skip, approve and reject: why.</summary>
public sealed record DecisionRequest(string? Reason);
