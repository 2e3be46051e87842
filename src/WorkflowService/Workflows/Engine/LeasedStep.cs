namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>A step attempt this worker has claimed, from its claim until its outcome is recorded: its lease is renewed meanwhile.</summary>
public sealed class LeasedStep(Guid executionId, Guid stepId, int attempt, CancellationToken stopping)
{
    public Guid ExecutionId { get; } = executionId;

    public Guid StepId { get; } = stepId;

    public int Attempt { get; } = attempt;

    public CancellationTokenSource Source { get; } = CancellationTokenSource.CreateLinkedTokenSource(stopping);

    /// <summary>Why the step was stopped (a cancelled run, a lost lease); null while it may go on.</summary>
    public string? StopReason { get; private set; }

    public void Stop(string reason)
    {
        StopReason ??= reason;
        try
        {
            Source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // finished meanwhile
        }
    }
}
