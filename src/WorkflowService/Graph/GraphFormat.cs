namespace Innominatus.WorkflowService.Graph;

/// <summary>The exports of GET /api/graph/{app}?format=: the JSON graph itself, or drawn as Mermaid, Graphviz DOT or SVG.</summary>
public sealed record GraphFormat(string Name, string ContentType)
{
    public static readonly GraphFormat Json = new("json", "application/json");
    public static readonly GraphFormat Mermaid = new("mermaid", "text/plain; charset=utf-8");
    public static readonly GraphFormat Dot = new("dot", "text/vnd.graphviz; charset=utf-8");
    public static readonly GraphFormat Svg = new("svg", "image/svg+xml; charset=utf-8");

    public static IReadOnlyList<GraphFormat> All { get; } = [Json, Mermaid, Dot, Svg];

    /// <summary>No format is JSON; names are case-insensitive; anything else is null.</summary>
    public static GraphFormat? Parse(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Json : All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
