using System.Collections.Concurrent;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Collects a step's lines and stores them in batches while the step runs (a row per line, so logs can be tailed and
/// filtered), with its own database context; the last lines go with the step's outcome, in its transaction.
/// </summary>
public sealed class StepLogWriter(IServiceScopeFactory scopes, Guid executionId, Guid stepId, string step, TimeProvider clock) : IStepLog, IAsyncDisposable
{
    private const int MaxLineLength = 8_192;
    private readonly ConcurrentQueue<StepLog> pending = new();

    public event Action<StepLog>? LineWritten;

    public void Write(string line)
    {
        var entry = new StepLog
        {
            ExecutionId = executionId, StepId = stepId, Step = step, At = clock.GetUtcNow(),
            Line = line.Length > MaxLineLength ? line[..MaxLineLength] + "…" : line,
        };
        pending.Enqueue(entry);
        LineWritten?.Invoke(entry);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = TakePending();
        if (batch.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        db.StepLogs.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The lines not stored yet, for the caller to store; none are left for <see cref="DisposeAsync"/>.</summary>
    public List<StepLog> TakePending()
    {
        var lines = new List<StepLog>();
        while (pending.TryDequeue(out var line))
        {
            lines.Add(line);
        }
        return lines;
    }

    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);
}
