namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// The execution order of a workflow: phases in order (pre, deploy, post; empty ones left out), each split into
/// layers of steps that can run in parallel. Dependencies on earlier phases are met by the phase order itself.
/// </summary>
public sealed record WorkflowPlan(IReadOnlyList<PlanPhase> Phases)
{
    public static DefinitionResult<WorkflowPlan> Create(WorkflowDefinition definition)
    {
        var context = new DefinitionContext();
        var steps = definition.Steps.Select((step, index) => new IndexedStep(index, step)).ToList();
        foreach (var (index, step) in steps.Where(indexed => StepPhases.Order(indexed.Step.Phase) < 0))
            context.Report($"$.steps[{index}].phase", $"unknown phase '{step.Phase}'");
        StepGraphChecker.Check(steps, "$.steps", context);
        if (context.HasErrors)
            return context.Result<WorkflowPlan>(null);
        var phases = StepPhases.InOrder
            .Select(phase => new PlanPhase(phase, Layers(definition.Steps.Where(step => step.Phase == phase).ToList())))
            .Where(phase => phase.Layers.Count > 0)
            .ToList();
        return context.Result(new WorkflowPlan(phases));
    }

    // Layer by layer: a step joins the first layer after all of its same-phase dependencies.
    private static IReadOnlyList<IReadOnlyList<StepDefinition>> Layers(IReadOnlyList<StepDefinition> phaseSteps)
    {
        var inPhase = phaseSteps.Select(step => step.Name).ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var waiting = phaseSteps.ToList();
        var layers = new List<IReadOnlyList<StepDefinition>>();
        while (waiting.Count > 0)
        {
            var layer = waiting.Where(step => step.DependsOn.All(dependency => !inPhase.Contains(dependency) || done.Contains(dependency))).ToList();
            if (layer.Count == 0)
                throw new InvalidOperationException("Steps left with unmet dependencies after the cycle check; the graph checks and the planner disagree.");
            layers.Add(layer);
            layer.ForEach(step => done.Add(step.Name));
            waiting.RemoveAll(layer.Contains);
        }
        return layers;
    }
}
