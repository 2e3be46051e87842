using System.Collections.Concurrent;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Collects a step's lines and stores them in batches while the step runs (a row per line, so logs can be tailed and
/// filtered), with its own database context; the last lines go with the step's outcome, in its transaction. The run's
/// known secret values are masked before a line is stored or published. A step attempt keeps at most
/// <c>maxLines</c> lines (Workflows:Limits:MaxStepLogLines): a step that prints without end cannot fill the database;
/// the lines past the cap are counted and <see cref="WriteLast"/> says how many were dropped.
/// </summary>
public sealed class StepLogWriter(IServiceScopeFactory scopes, Guid executionId, Guid stepId, string step, TimeProvider clock, SecretValues secrets, int maxLines) : IStepLog, IAsyncDisposable
{
    private const int MaxLineLength = 8_192;
    private readonly ConcurrentQueue<StepLog> pending = new();
    private long written;
    private long dropped;

    // One flush at a time, and the last lines only after it: lines are stored in the order they were written.
    private readonly SemaphoreSlim storing = new(1, 1);

    // A batch whose insert failed, stored ahead of newer lines by the next flush; guarded by 'storing'.
    private List<StepLog> unstored = [];

    public event Action<StepLog>? LineWritten;

    public void Write(string line)
    {
        if (Interlocked.Increment(ref written) > maxLines)
        {
            Interlocked.Increment(ref dropped);
            return;
        }
        Add(line);
    }

    /// <summary>The engine's closing line (the step's outcome), kept whatever the cap, after the note of dropped lines.</summary>
    public void WriteLast(string line)
    {
        if (Volatile.Read(ref dropped) is var count and > 0)
        {
            Add($"… {count} more lines dropped: the step's log is capped at {maxLines} lines");
        }
        Add(line);
    }

    private void Add(string line)
    {
        line = secrets.Mask(line);
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
        await storing.WaitAsync(cancellationToken);
        try
        {
            await StoreAsync(cancellationToken);
        }
        finally
        {
            storing.Release();
        }
    }

    /// <summary>
    /// The timer's flush while the step runs: skipped when one is under way, so ticks do not queue up behind a slow
    /// database, and never throws: the lines of a batch that could not be stored are kept for the next flush or for
    /// the step's outcome, so a database outage during a step loses none of its log.
    /// </summary>
    public async Task FlushInBackgroundAsync()
    {
        if (!await storing.WaitAsync(0))
        {
            return;
        }
        try
        {
            await StoreAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Kept in 'unstored' by StoreAsync; the outcome's transaction or the next tick stores them.
        }
        finally
        {
            storing.Release();
        }
    }

    private async Task StoreAsync(CancellationToken cancellationToken)
    {
        var batch = Drain();
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            db.StepLogs.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            unstored = batch.Select(l => l.Unsaved()).ToList();
            throw;
        }
    }

    /// <summary>The lines not stored yet, for the caller to store, once a flush under way is done; none are left for <see cref="DisposeAsync"/>.</summary>
    public async Task<List<StepLog>> TakePendingAsync()
    {
        await storing.WaitAsync();
        try
        {
            return Drain();
        }
        finally
        {
            storing.Release();
        }
    }

    // The semaphore is not disposed: a timer's late flush may still wait on it, and it holds no wait handle.
    public async ValueTask DisposeAsync() => await FlushAsync(CancellationToken.None);

    private List<StepLog> Drain()
    {
        var lines = unstored;
        unstored = [];
        while (pending.TryDequeue(out var line))
        {
            lines.Add(line);
        }
        return lines;
    }
}
