namespace Innominatus.WorkflowService.Outbox;

/// <summary>Wakes the relay right after a commit, so events leave in milliseconds instead of at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim pending = new(0, int.MaxValue);

    public void Notify() => pending.Release();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await pending.WaitAsync(timeout, cancellationToken))
        {
            while (pending.CurrentCount > 0 && pending.Wait(0))
            {
                // Drain: one batch covers every commit that signalled so far.
            }
        }
    }
}
