namespace Innominatus.Cli.Commands.Watch;

/// <summary>Follows one workflow run to its end: for logs -f (log lines only) and run --watch (steps and logs).</summary>
public sealed class RunFollower(Session s, Guid id, TimeSpan timeout, bool showSteps, string? onlyStep)
{
    /// <summary>
    /// <paramref name="initialLogs"/> are printed first (or, with <paramref name="printInitial"/> false, taken as seen:
    /// after a retry the old attempt's lines are history); the run's later lines follow live.
    /// </summary>
    public async Task<TrackedRun> RunAsync(IReadOnlyList<JsonElement> initialLogs, bool printInitial, CancellationToken cancellationToken)
    {
        var tracker = new RunTracker(s, showSteps, onlyStep);
        var view = await s.Api.GetAsync(Routes.Workflow(id), cancellationToken);
        tracker.Track(view, announce: showSteps);
        if (printInitial)
        {
            tracker.PrintLogs(id, initialLogs);
        }
        else
        {
            tracker.MarkSeen(id, initialLogs);
        }
        var notBefore = printInitial && initialLogs.Count > 0 ? initialLogs[0].Time("at") : null;
        var started = DateTimeOffset.UtcNow;
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = LiveEvents.ListenAsync(s, tracker.OnEvent, listening.Token);
        try
        {
            while (true)
            {
                tracker.Update(view);
                var run = tracker.Runs.Single();
                if (run.Finished)
                {
                    tracker.Finish(id, (await s.Api.GetAsync($"{Routes.Workflow(id)}/logs", cancellationToken)).Items(), notBefore);
                    return run;
                }
                if (DateTimeOffset.UtcNow - started > timeout)
                {
                    throw new CliException($"timed out after {Times.Span(timeout)}: workflow {run.Name} (run {id}) is still {run.State}");
                }
                await Task.Delay(s.Context.PollInterval, cancellationToken);
                view = await s.Api.GetAsync(Routes.Workflow(id), cancellationToken);
            }
        }
        finally
        {
            await listening.CancelAsync();
            await events;
        }
    }
}
