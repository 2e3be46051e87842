namespace Innominatus.WorkflowService.Score;

/// <summary>The compute resources a container may use at most (Limits) and needs at least (Requests).</summary>
public sealed record ContainerResources(ResourceQuantities? Limits, ResourceQuantities? Requests);
