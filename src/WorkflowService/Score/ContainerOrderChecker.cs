using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// The start-order rules the Score reference loader (score-go) adds to the schema: a container's <c>before</c> entries
/// must name other containers of the workload, and must not form a cycle.
/// </summary>
internal static class ContainerOrderChecker
{
    public static void Check(IReadOnlyDictionary<string, ContainerSpec>? containers, ScoreValidation v)
    {
        if (containers is null)
            return;
        foreach (var (name, container) in containers)
        {
            foreach (var other in container.Before.Keys)
            {
                var path = JsonPath.Property(JsonPath.Property(JsonPath.Property("$.containers", name), "before"), other);
                if (other == name)
                    v.Report(path, $"container '{name}' cannot wait for itself");
                else if (!containers.ContainsKey(other))
                    v.Report(path, $"container '{name}' waits for '{other}', which is not a container of this workload");
            }
        }
        var names = containers.Keys.ToList();
        foreach (var cycle in DependencyCycles.Find(names, name => containers[name].Before.Keys.Where(other => other != name)))
            v.Report(JsonPath.Property("$.containers", cycle[0]), $"the containers' before entries form a cycle: {string.Join(" -> ", cycle)}");
    }
}
