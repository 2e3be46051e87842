namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Which steps are certain to have finished before a given step starts: its transitive dependencies and every step of an earlier phase.</summary>
internal sealed class StepOrder(IReadOnlyList<StepDefinition> steps)
{
    private readonly Dictionary<string, StepDefinition> byName = steps.DistinctBy(step => step.Name).ToDictionary(step => step.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> before = new(StringComparer.Ordinal);

    public bool Exists(string name) => byName.ContainsKey(name);

    public bool RunsBefore(string earlier, string later)
    {
        if (!byName.TryGetValue(earlier, out var first) || !byName.TryGetValue(later, out var second) || earlier == later)
            return false;
        return StepPhases.Order(first.Phase) < StepPhases.Order(second.Phase) || Dependencies(later).Contains(earlier);
    }

    private HashSet<string> Dependencies(string name)
    {
        if (before.TryGetValue(name, out var known))
            return known;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(byName[name].DependsOn);
        while (queue.TryDequeue(out var next))
        {
            if (found.Add(next) && byName.TryGetValue(next, out var step))
                step.DependsOn.ToList().ForEach(queue.Enqueue);
        }
        before[name] = found;
        return found;
    }
}
