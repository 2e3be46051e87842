namespace Innominatus.WorkflowService.Graph;

/// <summary>A typed, directed edge between two nodes' ids; the kinds are in <see cref="GraphEdgeKinds"/>.</summary>
public sealed record GraphEdge(string From, string To, string Kind);
