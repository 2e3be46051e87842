namespace Innominatus.WorkflowService.Graph;

/// <summary>Collects nodes and edges while a graph is read, refusing an edge to a node that is not there.</summary>
internal sealed class GraphParts
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public List<GraphNode> Nodes { get; } = [];

    public List<GraphEdge> Edges { get; } = [];

    public string Add(GraphNode node)
    {
        if (!ids.Add(node.Id))
        {
            throw new InvalidOperationException($"Graph node id {node.Id} is used twice.");
        }
        Nodes.Add(node);
        return node.Id;
    }

    public bool Has(string id) => ids.Contains(id);

    public void Link(string from, string to, string kind)
    {
        if (!ids.Contains(from) || !ids.Contains(to))
        {
            throw new InvalidOperationException($"Graph edge {from} -> {to} names a missing node.");
        }
        Edges.Add(new GraphEdge(from, to, kind));
    }
}
