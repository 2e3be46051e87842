using Microsoft.Msagl.Core.Geometry;
using Microsoft.Msagl.Core.Geometry.Curves;
using Microsoft.Msagl.Core.Layout;
using Microsoft.Msagl.Core.Routing;
using Microsoft.Msagl.Layout.Layered;
using Microsoft.Msagl.Miscellaneous;

namespace Innominatus.WorkflowService.Graph;

/// <summary>
/// Places nodes and routes edges with MSAGL's layered (Sugiyama) layout. Node sizes come from the caption's length,
/// as no font is measured on the server; the result is in SVG coordinates (y down, origin at the top left).
/// </summary>
public static class GraphLayout
{
    public const double LineHeight = 16;
    public const double CharWidth = 7;
    public const double Padding = 12;
    public const double Margin = 20;

    public static LaidOutGraph Compute(ApplicationGraph graph)
    {
        var geometry = new GeometryGraph();
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var lines = GraphText.Lines(node).ToList();
            var width = lines.Max(l => l.Length) * CharWidth + 2 * Padding;
            var height = lines.Count * LineHeight + Padding;
            var laid = new Node(CurveFactory.CreateRectangleWithRoundedCorners(width, height, 6, 6, new Point()), node.Id);
            geometry.Nodes.Add(laid);
            nodes[node.Id] = laid;
        }
        foreach (var edge in graph.Edges)
        {
            // A step is drawn below the steps it depends on, so the layout sees the edge the way the work flows.
            var reversed = edge.Kind == GraphEdgeKinds.DependsOn;
            geometry.Edges.Add(reversed ? new Edge(nodes[edge.To], nodes[edge.From]) { UserData = edge } : new Edge(nodes[edge.From], nodes[edge.To]) { UserData = edge });
        }
        var settings = new SugiyamaLayoutSettings { NodeSeparation = 24, LayerSeparation = 48 };
        settings.EdgeRoutingSettings.EdgeRoutingMode = EdgeRoutingMode.Spline;
        LayoutHelpers.CalculateLayout(geometry, settings, null);

        var box = geometry.BoundingBox;
        Point Map(Point p) => new(p.X - box.Left + Margin, box.Top - p.Y + Margin);
        var placed = graph.Nodes.Select(n =>
        {
            var b = nodes[n.Id].BoundingBox;
            var topLeft = Map(new Point(b.Left, b.Top));
            return new PlacedNode(n, topLeft.X, topLeft.Y, b.Width, b.Height);
        }).ToList();
        var routed = geometry.Edges.Select(e =>
        {
            var edge = (GraphEdge)e.UserData;
            var points = Sample(e.Curve).Select(Map).Select(p => (p.X, p.Y)).ToList();
            if (edge.Kind == GraphEdgeKinds.DependsOn)
            {
                points.Reverse();
            }
            return new RoutedEdge(edge, points);
        }).ToList();
        return new LaidOutGraph(placed, routed, box.Width + 2 * Margin, box.Height + 2 * Margin);
    }

    /// <summary>Splines, lines and curves alike become a polyline of points along the routed curve.</summary>
    private static IEnumerable<Point> Sample(ICurve? curve)
    {
        if (curve is null)
        {
            yield break;
        }
        const int steps = 24;
        for (var i = 0; i <= steps; i++)
        {
            yield return curve[curve.ParStart + (curve.ParEnd - curve.ParStart) * i / steps];
        }
    }
}
