using System.Collections.Concurrent;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// The steps this process has claimed and runs, so cancelling a run stops its steps at once here, and the heartbeat
/// (<see cref="LeaseHeartbeat"/>) renews their leases and stops those that are no longer theirs to run.
/// </summary>
public sealed class RunningSteps
{
    public const string RunCancelled = "the run was cancelled";

    private readonly ConcurrentDictionary<Guid, LeasedStep> steps = new();

    public LeasedStep Lease(Guid executionId, Guid stepId, int attempt, CancellationToken stopping)
    {
        var leased = new LeasedStep(executionId, stepId, attempt, stopping);
        steps[stepId] = leased;
        return leased;
    }

    public LeasedStep? Find(Guid stepId) => steps.TryGetValue(stepId, out var leased) ? leased : null;

    public void Release(LeasedStep leased)
    {
        steps.TryRemove(new KeyValuePair<Guid, LeasedStep>(leased.StepId, leased));
        leased.Source.Dispose();
    }

    public IReadOnlyList<LeasedStep> All() => [.. steps.Values];

    public void Stop(Guid stepId, string reason) => Find(stepId)?.Stop(reason);

    public void CancelExecution(Guid executionId)
    {
        foreach (var leased in steps.Values.Where(s => s.ExecutionId == executionId))
        {
            leased.Stop(RunCancelled);
        }
    }
}
