using System.Text;

namespace Innominatus.WorkflowService.Graph;

/// <summary>A Mermaid flowchart. Node ids are already safe; labels are quoted with Mermaid's entity codes for what would end them.</summary>
public static class MermaidWriter
{
    public static string Write(ApplicationGraph graph)
    {
        var text = new StringBuilder();
        text.Append("%% ").Append(Label(graph.Title)).Append('\n');
        text.Append("flowchart TB\n");
        foreach (var node in graph.Nodes)
        {
            text.Append("    ").Append(node.Id).Append(Shape(node.Kind).Open).Append('"').Append(Label(GraphText.Caption(node))).Append('"').Append(Shape(node.Kind).Close).Append('\n');
        }
        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(edge.From).Append(edge.Kind == GraphEdgeKinds.DependsOn ? " -.->|" : " -->|").Append(edge.Kind).Append("| ").Append(edge.To).Append('\n');
        }
        foreach (var state in graph.Nodes.Where(n => n.State is not null).GroupBy(n => GraphText.StateClass(n.State!)))
        {
            text.Append("    classDef ").Append(state.Key).Append(' ').Append(GraphText.MermaidStyle(state.Key)).Append('\n');
            text.Append("    class ").Append(string.Join(',', state.Select(n => n.Id))).Append(' ').Append(state.Key).Append('\n');
        }
        return text.ToString();
    }

    private static (string Open, string Close) Shape(string kind) => kind switch
    {
        GraphNodeKinds.Application => ("([", "])"),
        GraphNodeKinds.Resource => ("[(", ")]"),
        GraphNodeKinds.Step => ("(", ")"),
        _ => ("[", "]"),
    };

    /// <summary>Mermaid reads #name; and #code; as entities, so '#' itself is escaped first.</summary>
    private static string Label(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '\n' => "<br/>",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
