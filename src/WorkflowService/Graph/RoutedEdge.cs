namespace Innominatus.WorkflowService.Graph;

/// <summary>An edge with the points of its routed curve in SVG coordinates, from source to target.</summary>
public sealed record RoutedEdge(GraphEdge Edge, IReadOnlyList<(double X, double Y)> Points);
