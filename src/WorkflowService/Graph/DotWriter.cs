using System.Text;

namespace Innominatus.WorkflowService.Graph;

/// <summary>A Graphviz digraph: every id and label is a quoted string, with '\' and '"' escaped and line breaks as \n.</summary>
public static class DotWriter
{
    public static string Write(ApplicationGraph graph)
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(graph.Name)).Append(" {\n");
        text.Append("    rankdir=TB;\n    node [fontname=\"Helvetica\", fontsize=10];\n    edge [fontname=\"Helvetica\", fontsize=8];\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("    ").Append(Quote(node.Id)).Append(" [label=").Append(Quote(GraphText.Caption(node)))
                .Append(", shape=").Append(Shape(node.Kind)).Append(", style=filled, fillcolor=").Append(Quote(GraphText.Fill(node.State)))
                .Append(", tooltip=").Append(Quote(node.Kind + " " + node.Name)).Append("];\n");
        }
        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(Quote(edge.From)).Append(" -> ").Append(Quote(edge.To)).Append(" [label=").Append(Quote(edge.Kind))
                .Append(edge.Kind == GraphEdgeKinds.DependsOn ? ", style=dashed" : "").Append("];\n");
        }
        return text.Append("}\n").ToString();
    }

    private static string Shape(string kind) => kind switch
    {
        GraphNodeKinds.Application => "house",
        GraphNodeKinds.Resource => "cylinder",
        GraphNodeKinds.Revision => "note",
        GraphNodeKinds.Run => "component",
        _ => "box",
    };

    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
