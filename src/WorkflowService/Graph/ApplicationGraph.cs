namespace Innominatus.WorkflowService.Graph;

/// <summary>An application as a graph: GET /api/graph/{app} answers this, and every export is drawn from it.</summary>
public sealed record ApplicationGraph(string Application, string Team, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
