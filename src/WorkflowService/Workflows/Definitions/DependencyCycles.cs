namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Finds dependency cycles without recursion, so a long chain of steps cannot overflow the stack.</summary>
internal static class DependencyCycles
{
    /// <param name="nodes">Every node, in declaration order (the order cycles are reported in).</param>
    /// <param name="dependencies">What a node waits for; names that are not nodes are ignored.</param>
    /// <returns>Each cycle as its path, first node repeated at the end (a → b → a).</returns>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> dependencies)
    {
        var known = nodes.ToHashSet(StringComparer.Ordinal);
        var waitsFor = known.ToDictionary(node => node, node => dependencies(node).Where(known.Contains).Distinct().ToList(), StringComparer.Ordinal);
        var remaining = Unsorted(waitsFor);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var start in nodes.Where(remaining.Contains))
        {
            // Every unsorted node waits for another unsorted node, so following those edges must come back round.
            var walk = new List<string>();
            var current = start;
            while (visited.Add(current))
            {
                walk.Add(current);
                current = waitsFor[current].First(remaining.Contains);
            }
            var cycleStart = walk.IndexOf(current);
            if (cycleStart >= 0)
                cycles.Add([.. walk[cycleStart..], current]);
        }
        return cycles;
    }

    // Kahn's algorithm: whatever cannot be put in order is on a cycle or waits for one.
    private static HashSet<string> Unsorted(Dictionary<string, List<string>> waitsFor)
    {
        var pending = waitsFor.ToDictionary(entry => entry.Key, entry => entry.Value.Count, StringComparer.Ordinal);
        var dependents = waitsFor.Keys.ToDictionary(node => node, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (node, dependencies) in waitsFor)
            dependencies.ForEach(dependency => dependents[dependency].Add(node));
        var ready = new Queue<string>(pending.Where(entry => entry.Value == 0).Select(entry => entry.Key));
        while (ready.TryDequeue(out var node))
        {
            pending.Remove(node);
            foreach (var dependent in dependents[node].Where(dependent => --pending[dependent] == 0))
                ready.Enqueue(dependent);
        }
        return pending.Keys.ToHashSet(StringComparer.Ordinal);
    }
}
