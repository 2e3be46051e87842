using System.Collections.Concurrent;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>Cancellation handles of the steps running in this process, so cancelling a run stops its steps at once.</summary>
public sealed class RunningSteps
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<CancellationTokenSource, byte>> byExecution = new();

    public CancellationTokenSource Register(Guid executionId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        byExecution.GetOrAdd(executionId, _ => new())[source] = 0;
        return source;
    }

    public void Unregister(Guid executionId, CancellationTokenSource source)
    {
        if (byExecution.TryGetValue(executionId, out var sources))
        {
            sources.TryRemove(source, out _);
        }
        source.Dispose();
    }

    public void CancelExecution(Guid executionId)
    {
        if (byExecution.TryGetValue(executionId, out var sources))
        {
            foreach (var source in sources.Keys)
            {
                source.Cancel();
            }
        }
    }
}
