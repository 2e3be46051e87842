using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// The checks across steps: names are unique, dependsOn names existing steps of the same or an earlier phase, and
/// dependencies have no cycles (each cycle is reported with its path).
/// </summary>
internal static class StepGraphChecker
{
    public static void Check(IReadOnlyList<IndexedStep> steps, string stepsPath, DefinitionContext context)
    {
        var byName = new Dictionary<string, IndexedStep>(StringComparer.Ordinal);
        foreach (var indexed in steps)
        {
            if (!byName.TryAdd(indexed.Step.Name, indexed))
                context.Report(StepPath(stepsPath, indexed, "name"),
                    $"duplicate step name '{indexed.Step.Name}'; it is already used by {JsonPath.Index(stepsPath, byName[indexed.Step.Name].Index)}");
        }
        foreach (var indexed in steps)
            CheckDependencies(indexed, byName, stepsPath, context);
        var names = byName.Keys.ToList();
        foreach (var cycle in DependencyCycles.Find(names, name => byName[name].Step.DependsOn))
            context.Report(StepPath(stepsPath, byName[cycle[0]], "dependsOn"), $"dependency cycle: {string.Join(" -> ", cycle)}");
    }

    private static void CheckDependencies(IndexedStep indexed, Dictionary<string, IndexedStep> byName, string stepsPath, DefinitionContext context)
    {
        var step = indexed.Step;
        for (var i = 0; i < step.DependsOn.Count; i++)
        {
            var path = JsonPath.Index(StepPath(stepsPath, indexed, "dependsOn"), i);
            var dependency = step.DependsOn[i];
            if (!byName.TryGetValue(dependency, out var other))
                context.Report(path, $"step '{step.Name}' depends on '{dependency}', which is not a step of this workflow");
            else if (StepPhases.Order(other.Step.Phase) > StepPhases.Order(step.Phase) && StepPhases.Order(step.Phase) >= 0)
                context.Report(path, $"step '{step.Name}' runs in phase '{step.Phase}' and cannot depend on '{dependency}', which runs in the later phase '{other.Step.Phase}'");
        }
    }

    private static string StepPath(string stepsPath, IndexedStep indexed, string field) =>
        JsonPath.Property(JsonPath.Index(stepsPath, indexed.Index), field);
}
