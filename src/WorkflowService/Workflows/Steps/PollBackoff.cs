namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// The pause between checks of a wait: short at first (most objects are ready within a few hundred milliseconds),
/// then doubling up to a second, so a long wait costs the API server or the database little.
/// </summary>
public sealed class PollBackoff
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(1);
    private TimeSpan next = TimeSpan.FromMilliseconds(50);

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var pause = next;
        next = next * 2 < Longest ? next * 2 : Longest;
        return Task.Delay(pause, cancellationToken);
    }
}
