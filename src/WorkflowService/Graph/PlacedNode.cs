namespace Innominatus.WorkflowService.Graph;

/// <summary>A node with its box in SVG coordinates (top left corner, width, height).</summary>
public sealed record PlacedNode(GraphNode Node, double X, double Y, double Width, double Height);
