using System.Collections.Concurrent;
using Innominatus.Contracts.Workflows;
using Innominatus.ServiceDefaults.Messaging;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Steps;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Runs claimed steps in this process, at most <c>Workflows:MaxConcurrentSteps</c> at once (shared between teams by
/// <see cref="TeamSlots"/>), after their messages have
/// been acknowledged: a step's life is its lease, renewed by <see cref="LeaseHeartbeat"/>, not its message, so no broker
/// timeout or reconnection can hand a running step to a second worker. Stopping the service stops its steps and hands
/// their claims back (queued, to be sent again at once by the retry poller of any replica).
/// </summary>
public sealed partial class StepWorker(
    IServiceScopeFactory scopes, RunningSteps running, TeamSlots slots, GroupCommit<ClaimRequest, ClaimedStep?> claims, GroupCommit<StepCompletion, bool> completions,
    WorkerIdentity worker, ILogger<StepWorker> logger)
    : IHostedService
{
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource giveUp = new();
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxRecordDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan UnclassifiedFaultPatience = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<Task, byte> inFlight = new();

    /// <summary>
    /// Takes a free slot (<see cref="SlotDecision.Taken"/>: the caller claims the step and gives the slot back with
    /// <see cref="Release"/> when it claims nothing), or leaves the step waiting in its team's line, claimed here when a slot frees.
    /// </summary>
    public SlotDecision TryTakeSlot(ExecuteStep message, bool redelivered) => slots.TryTake(message, redelivered);

    /// <summary>This process is shutting down: it claims nothing more (its messages go back to the queue when the bus stops).</summary>
    public bool Stopping => stopping.IsCancellationRequested;

    /// <summary>
    /// Cancelled a few seconds after this process began stopping: the database work of stopping (claims in flight,
    /// claims and commands handed back) gives up then, so an unreachable database cannot hold the host's stop past
    /// its timeout and leave the bus, stopped last, connected and taking commands. What it leaves behind is recovered
    /// all the same: a claim when its lease passes, a queued step when its command counts as lost.
    /// </summary>
    public CancellationToken GiveUp => giveUp.Token;

    /// <summary>Gives back a slot of <paramref name="team"/>: the next waiting step, if any, takes it and is claimed.</summary>
    public void Release(string? team)
    {
        if (slots.Release(team) is { } next)
        {
            _ = Task.Run(() => ClaimWaitingAsync(next), CancellationToken.None);
        }
    }

    private async Task ClaimWaitingAsync(WaitingStep? next)
    {
        for (; next is not null; next = slots.Release(next.Message.Team))
        {
            if (Stopping)
            {
                continue; // its row stays queued; a retry poller sends its command again
            }
            try
            {
                if (await claims.SubmitAsync(new ClaimRequest(next.Message, next.Redelivered), GiveUp) is { } claimed)
                {
                    Start(next.Message, claimed);
                    return;
                }
            }
            catch (Exception e)
            {
                // The claim did not commit: the row stays queued, and a retry poller sends its command again.
                LogClaimFailed(logger, next.Message.StepId, next.Message.Attempt, e.Message);
            }
        }
    }

    /// <summary>Runs a claimed step in the background, holding the slot taken for it until its outcome is recorded.</summary>
    public void Start(ExecuteStep message, ClaimedStep claimed)
    {
        var leased = running.Lease(message.ExecutionId, message.StepId, message.Attempt, stopping.Token);
        var task = Task.Run(() => RunAsync(message, claimed, leased), CancellationToken.None);
        inFlight[task] = 0;
        _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RunAsync(ExecuteStep message, ClaimedStep claimed, LeasedStep leased)
    {
        try
        {
            if (await RunToOutcomeAsync(claimed) is { } completed)
            {
                await RecordAsync(new StepCompletion(message, completed.Outcome, completed.Lines));
            }
            else
            {
                await HandBackAsync(message);
            }
        }
        catch (Exception e)
        {
            // The claim stays until its lease passes; the reaper then queues the step again.
            LogFailed(logger, message.StepId, message.Attempt, Describe(e));
        }
        finally
        {
            running.Release(leased);
            Release(message.Team);
        }
    }

    /// <summary>The step's outcome, or null when this process stopped it before it ended (its claim goes back).</summary>
    private async Task<(StepOutcome Outcome, List<StepLog> Lines)?> RunToOutcomeAsync(ClaimedStep claimed)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<StepRunner>().RunAsync(claimed, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Records the outcome, through a database outage too: the step has run, and an outcome given up here would run it
    /// again once its lease passed. A transient fault is tried again until this process stops; any other fault for
    /// <see cref="UnclassifiedFaultPatience"/>, because a database going away mid-transaction also surfaces as errors no
    /// list of transient faults names. Recording stays conditional on this worker's claim, so an outcome that arrives
    /// after another worker took the step over is dropped.
    /// </summary>
    private async Task RecordAsync(StepCompletion completion)
    {
        var failing = System.Diagnostics.Stopwatch.StartNew();
        for (var delay = TimeSpan.FromMilliseconds(200); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRecordDelay.Ticks)))
        {
            try
            {
                await completions.SubmitAsync(completion, GiveUp);
                return;
            }
            catch (Exception e) when (!GiveUp.IsCancellationRequested && (TransientFaults.IsTransient(e) || failing.Elapsed < UnclassifiedFaultPatience))
            {
                LogRecordRetry(logger, completion.Message.StepId, delay.TotalSeconds, Describe(e));
                await Task.Delay(delay, GiveUp);
            }
        }
    }

    /// <summary>Each exception of the chain, outermost first: the outer one alone ("see the inner exception") says nothing.</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
        return string.Join(" -> ", parts);
    }

    private async Task HandBackAsync(ExecuteStep message)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            // queued_at NULL: the retry poller of any replica sends its command again on its next round.
            await db.StepExecutions.Where(s => s.Id == message.StepId && s.Attempt == message.Attempt && s.State == StepState.Running && s.WorkerId == worker.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, StepState.Queued).SetProperty(s => s.QueuedAt, (DateTimeOffset?)null)
                    .SetProperty(s => s.WorkerId, (string?)null).SetProperty(s => s.LeaseExpiresAt, (DateTimeOffset?)null), GiveUp);
        }
        catch (Exception e)
        {
            LogFailed(logger, message.StepId, message.Attempt, "handing the claim back: " + e.Message);
        }
    }

    /// <summary>A command that reached this replica while it stops: its step stays queued, for any replica's poller at once.</summary>
    public Task HandBackCommandAsync(ExecuteStep message) => HandBackWaitingAsync([new WaitingStep(message, false, 0)]);

    /// <summary>Steps still waiting for a slot get their commands sent again at once, by the retry poller of any replica.</summary>
    private async Task HandBackWaitingAsync(IReadOnlyList<WaitingStep> waiting)
    {
        if (waiting.Count == 0)
        {
            return;
        }
        try
        {
            var ids = waiting.Select(w => w.Message.StepId).ToList();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            await db.StepExecutions.Where(s => ids.Contains(s.Id) && s.State == StepState.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.QueuedAt, (DateTimeOffset?)null), GiveUp);
        }
        catch (Exception e)
        {
            // They stay queued all the same: their commands are sent again once they count as lost.
            LogHandBackFailed(logger, waiting.Count, e.Message);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        giveUp.CancelAfter(StopGrace);
        await HandBackWaitingAsync(slots.Drain());
        await Task.WhenAll(inFlight.Keys).WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Step {StepId} ran; recording its outcome failed, tried again in {DelaySeconds} s: {Reason}")]
    private static partial void LogRecordRetry(ILogger logger, Guid stepId, double delaySeconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {StepId} attempt {Attempt} waited for a slot and could not be claimed; it stays queued until its command is sent again: {Reason}")]
    private static partial void LogClaimFailed(ILogger logger, Guid stepId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} step(s) waiting for a slot at shutdown stay queued; their commands are sent again once they count as lost: {Reason}")]
    private static partial void LogHandBackFailed(ILogger logger, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {StepId} attempt {Attempt} left unrecorded; its lease will pass and the step run again: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid stepId, int attempt, string reason);
}
