using System.Globalization;
using System.Text;
using System.Xml;

namespace Innominatus.WorkflowService.Graph;

/// <summary>
/// Draws the MSAGL layout as SVG. XmlWriter escapes every name and label; each node is a group whose id is the node's
/// id (prefixed "node-") with a title naming its kind and name, so a browser shows it on hover and a test can find it.
/// </summary>
public static class SvgWriter
{
    private const string Ns = "http://www.w3.org/2000/svg";

    public static string Write(ApplicationGraph graph)
    {
        var layout = GraphLayout.Compute(graph);
        var text = new StringBuilder();
        using (var svg = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            svg.WriteStartElement("svg", Ns);
            svg.WriteAttributeString("width", N(layout.Width));
            svg.WriteAttributeString("height", N(layout.Height));
            svg.WriteAttributeString("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}");
            svg.WriteAttributeString("font-family", "Helvetica, Arial, sans-serif");
            svg.WriteAttributeString("font-size", "12");
            svg.WriteElementString("title", Ns, graph.Title);
            Defs(svg);
            foreach (var edge in layout.Edges.Where(e => e.Points.Count > 1))
            {
                svg.WriteStartElement("path", Ns);
                svg.WriteAttributeString("class", "edge " + edge.Edge.Kind);
                svg.WriteAttributeString("d", "M " + string.Join(" L ", edge.Points.Select(p => $"{N(p.X)} {N(p.Y)}")));
                svg.WriteAttributeString("fill", "none");
                svg.WriteAttributeString("stroke", "#555");
                if (edge.Edge.Kind == GraphEdgeKinds.DependsOn)
                {
                    svg.WriteAttributeString("stroke-dasharray", "4 3");
                }
                svg.WriteAttributeString("marker-end", "url(#arrow)");
                svg.WriteElementString("title", Ns, $"{edge.Edge.From} {edge.Edge.Kind} {edge.Edge.To}");
                svg.WriteEndElement();
            }
            foreach (var placed in layout.Nodes)
            {
                Node(svg, placed);
            }
            svg.WriteEndElement();
        }
        return text.ToString();
    }

    private static void Defs(XmlWriter svg)
    {
        svg.WriteStartElement("defs", Ns);
        svg.WriteStartElement("marker", Ns);
        foreach (var (name, value) in new[] { ("id", "arrow"), ("viewBox", "0 0 10 10"), ("refX", "10"), ("refY", "5"), ("markerWidth", "8"), ("markerHeight", "8"), ("orient", "auto-start-reverse") })
        {
            svg.WriteAttributeString(name, value);
        }
        svg.WriteStartElement("path", Ns);
        svg.WriteAttributeString("d", "M 0 0 L 10 5 L 0 10 z");
        svg.WriteAttributeString("fill", "#555");
        svg.WriteEndElement();
        svg.WriteEndElement();
        svg.WriteEndElement();
    }

    private static void Node(XmlWriter svg, PlacedNode placed)
    {
        var node = placed.Node;
        svg.WriteStartElement("g", Ns);
        svg.WriteAttributeString("id", "node-" + node.Id);
        svg.WriteAttributeString("class", $"node {node.Kind}" + (node.State is null ? "" : " " + GraphText.StateClass(node.State)));
        svg.WriteElementString("title", Ns, GraphText.Clean($"{node.Kind} {node.Name}"));
        svg.WriteStartElement("rect", Ns);
        foreach (var (name, value) in new[] { ("x", N(placed.X)), ("y", N(placed.Y)), ("width", N(placed.Width)), ("height", N(placed.Height)), ("rx", "6"), ("ry", "6") })
        {
            svg.WriteAttributeString(name, value);
        }
        svg.WriteAttributeString("fill", GraphText.Fill(node.State));
        svg.WriteAttributeString("stroke", node.Kind == GraphNodeKinds.Application ? "#000" : "#555");
        svg.WriteEndElement();
        foreach (var (line, index) in GraphText.Lines(node).Select((l, i) => (l, i)))
        {
            svg.WriteStartElement("text", Ns);
            svg.WriteAttributeString("x", N(placed.X + GraphLayout.Padding));
            svg.WriteAttributeString("y", N(placed.Y + GraphLayout.Padding / 2 + (index + 1) * GraphLayout.LineHeight - 4));
            if (index > 0)
            {
                svg.WriteAttributeString("fill", "#444");
                svg.WriteAttributeString("font-size", "11");
            }
            svg.WriteString(line);
            svg.WriteEndElement();
        }
        svg.WriteEndElement();
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
