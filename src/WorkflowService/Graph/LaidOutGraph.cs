namespace Innominatus.WorkflowService.Graph;

public sealed record LaidOutGraph(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<RoutedEdge> Edges, double Width, double Height);
