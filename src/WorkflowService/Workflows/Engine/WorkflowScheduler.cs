namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Decides, from the steps' states alone, what runs next. Phases run in order (pre, deploy, post); within a phase a
/// step starts once everything it depends on succeeded or was skipped, so independent steps run in parallel. After a
/// failure nothing new starts: the run fails once the steps already running have finished.
/// </summary>
public static class WorkflowScheduler
{
    public static ScheduleDecision Decide(IReadOnlyList<StepSnapshot> steps)
    {
        var byName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var failed = steps.Any(s => s.State == StepState.Failed);
        var cancelled = steps.Any(s => s.State == StepState.Cancelled);
        var ready = failed || cancelled ? [] : steps.Where(s => s.State == StepState.Pending && CanStart(s, steps, byName)).Select(s => s.Name).ToList();

        var active = steps.Any(s => s.State is StepState.Queued or StepState.Running) || ready.Count > 0;
        string state;
        if (active)
        {
            state = ExecutionState.Running;
        }
        else if (failed)
        {
            state = ExecutionState.Failed;
        }
        else if (cancelled)
        {
            state = ExecutionState.Cancelled;
        }
        else if (steps.Any(s => s.State == StepState.WaitingApproval))
        {
            state = ExecutionState.WaitingApproval;
        }
        else
        {
            state = steps.All(s => StepState.IsDone(s.State)) ? ExecutionState.Succeeded : ExecutionState.Running;
        }
        return new ScheduleDecision(ready, state);
    }

    private static bool CanStart(StepSnapshot step, IReadOnlyList<StepSnapshot> steps, Dictionary<string, StepSnapshot> byName)
    {
        var phase = PhaseIndex(step.Phase);
        return step.DependsOn.All(d => byName.TryGetValue(d, out var dependency) && StepState.IsDone(dependency.State))
            && steps.Where(s => PhaseIndex(s.Phase) < phase).All(s => StepState.IsDone(s.State));
    }

    public static int PhaseIndex(string phase) => Math.Max(0, Definitions.StepPhases.Order(phase));
}
