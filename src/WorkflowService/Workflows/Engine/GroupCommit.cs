using System.Threading.Channels;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Group commit: callers submit one item each and wait for its result, while a few loops take whatever has queued up
/// and handle it as one batch in one scope (one transaction, a few round trips for many items). Idle, a batch is a
/// single item and costs what it did alone; busy, the round trips per item fall with the batch size. When a batch
/// fails, its items are tried one by one, so one bad item fails only its own caller.
/// </summary>
public sealed class GroupCommit<TItem, TResult>(
    IServiceScopeFactory scopes, Func<IServiceProvider, IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> handle, int maxBatch, int loops, ILogger logger)
{
    private readonly Channel<(TItem Item, TaskCompletionSource<TResult> Done)> queue = Channel.CreateUnbounded<(TItem, TaskCompletionSource<TResult>)>();
    private int started;

    public Task<TResult> SubmitAsync(TItem item, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref started, 1) == 0)
        {
            for (var i = 0; i < loops; i++)
            {
                _ = Task.Run(LoopAsync, CancellationToken.None);
            }
        }
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Writer.TryWrite((item, done));
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task LoopAsync()
    {
        var batch = new List<(TItem Item, TaskCompletionSource<TResult> Done)>(maxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < maxBatch && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }
            if (batch.Count > 0 && !await TryAsync(batch) && batch.Count > 1)
            {
                foreach (var single in batch.ToList())
                {
                    await TryAsync([single]);
                }
            }
        }
    }

    private async Task<bool> TryAsync(List<(TItem Item, TaskCompletionSource<TResult> Done)> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var results = await handle(scope.ServiceProvider, batch.Select(b => b.Item).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
            return true;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            batch[0].Done.TrySetException(e);
            return false;
        }
        catch (Exception e)
        {
            GroupCommitLog.BatchFailed(logger, batch.Count, typeof(TItem).Name, e.Message);
            return false;
        }
    }
}
