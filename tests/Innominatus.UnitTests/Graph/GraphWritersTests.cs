using System.Xml.Linq;
using Innominatus.WorkflowService.Graph;

namespace Innominatus.UnitTests.Graph;

/// <summary>Labels come from user input (step names, resource types, errors): every export must keep them inert.</summary>
public class GraphWritersTests
{
    private const string Hostile = "a\"b]<script>#x;\\n{}|c\nd\u0001e";

    private static readonly ApplicationGraph Graph = new("shop", "team-a",
        [
            new GraphNode("app", GraphNodeKinds.Application, "shop", "application shop", "active"),
            new GraphNode("run1", GraphNodeKinds.Run, Guid.Empty.ToString(), Hostile, "failed", "create"),
            new GraphNode("run1_s1", GraphNodeKinds.Step, Hostile, Hostile, "waiting_approval", "approval", DurationSeconds: 1.25),
            new GraphNode("run1_s2", GraphNodeKinds.Step, "next", "next", "pending", "noop"),
        ],
        [
            new GraphEdge("app", "run1", GraphEdgeKinds.RunBy),
            new GraphEdge("run1", "run1_s1", GraphEdgeKinds.HasStep),
            new GraphEdge("run1", "run1_s2", GraphEdgeKinds.HasStep),
            new GraphEdge("run1_s2", "run1_s1", GraphEdgeKinds.DependsOn),
        ]);

    [Fact]
    public void Mermaid_labels_carry_no_quote_bracket_angle_or_raw_hash()
    {
        var mermaid = MermaidWriter.Write(Graph);

        var line = mermaid.Split('\n').Single(l => l.StartsWith("    run1_s1(", StringComparison.Ordinal));
        Assert.Equal("    run1_s1(\"a#quot;b]#lt;script#gt;#35;x;\\n{}|c<br/>d e<br/>waiting_approval · 1.25 s\")", line);
        Assert.Contains("    run1_s2 -.->|depends-on| run1_s1\n", mermaid);
        Assert.Contains("    class run1_s1 state_waiting_approval\n", mermaid);
    }

    [Fact]
    public void Dot_quotes_every_id_and_escapes_backslashes_quotes_and_line_breaks()
    {
        var dot = DotWriter.Write(Graph);

        Assert.Contains("\"run1_s1\" [label=\"a\\\"b]<script>#x;\\\\n{}|c\\nd e\\nwaiting_approval · 1.25 s\"", dot);
        Assert.Contains("\"run1_s2\" -> \"run1_s1\" [label=\"depends-on\", style=dashed];", dot);
        Assert.EndsWith("}\n", dot);
    }

    [Fact]
    public void The_svg_is_xml_with_each_label_as_text_and_every_edge_drawn_from_source_to_target()
    {
        var svg = XDocument.Parse(SvgWriter.Write(Graph));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var step = svg.Descendants(ns + "g").Single(g => (string?)g.Attribute("id") == "node-run1_s1");
        Assert.Equal(["a\"b]<script>#x;\\n{}|c", "d e", "waiting_approval · 1.25 s"], step.Elements(ns + "text").Select(t => t.Value));
        Assert.Empty(svg.Descendants(ns + "script"));
        var paths = svg.Descendants(ns + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, paths.Count);
        var dependsOn = paths.Single(p => (string?)p.Attribute("class") == "edge depends-on");
        var (from, to) = (Box(svg, "run1_s2"), Box(svg, "run1_s1"));
        var points = ((string)dependsOn.Attribute("d")!).Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim().Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.True(Near(points[0], from), $"starts at {string.Join(',', points[0])}, not at run1_s2");
        Assert.True(Near(points[^1], to), $"ends at {string.Join(',', points[^1])}, not at run1_s1");
    }

    private static (double X, double Y, double W, double H) Box(XDocument svg, string id)
    {
        var rect = svg.Descendants().Single(g => (string?)g.Attribute("id") == "node-" + id).Elements().Single(e => e.Name.LocalName == "rect");
        return ((double)rect.Attribute("x")!, (double)rect.Attribute("y")!, (double)rect.Attribute("width")!, (double)rect.Attribute("height")!);
    }

    /// <summary>On or near the node's box: the routed curve ends at its boundary.</summary>
    private static bool Near(double[] point, (double X, double Y, double W, double H) box) =>
        point[0] >= box.X - 3 && point[0] <= box.X + box.W + 3 && point[1] >= box.Y - 3 && point[1] <= box.Y + box.H + 3;
}
