using System.Text.Json.Serialization;

namespace Innominatus.WorkflowService.Graph;

/// <summary>
/// An application, or one of its runs, as a graph: GET /api/graph/{app} and GET /api/workflows/{id}/graph answer this,
/// and every export is drawn from it. <see cref="Application"/> is empty for a run outside any application.
/// </summary>
public sealed record ApplicationGraph(string Application, string Team, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The DOT export's graph name.</summary>
    [JsonIgnore]
    public string Name { get; init; } = Application;

    /// <summary>The drawing's title in the SVG and Mermaid exports.</summary>
    [JsonIgnore]
    public string Title { get; init; } = $"application {Application}";
}
