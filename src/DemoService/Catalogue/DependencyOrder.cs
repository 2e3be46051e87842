namespace Innominatus.DemoService.Catalogue;

/// <summary>Orders components so each comes after what it depends on, keeping the file's order among equals.</summary>
public static class DependencyOrder
{
    /// <summary>The ordered components, or the names of the components that form a cycle.</summary>
    public static (IReadOnlyList<DemoComponent> Ordered, IReadOnlyList<string> Cycle) Sort(IReadOnlyList<DemoComponent> components)
    {
        var ordered = new List<DemoComponent>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var left = components.ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(c => c.DependsOn.All(placed.Contains));
            if (next is null)
            {
                return (ordered, left.Select(c => c.Name).ToList());
            }
            ordered.Add(next);
            placed.Add(next.Name);
            left.Remove(next);
        }
        return (ordered, []);
    }
}
