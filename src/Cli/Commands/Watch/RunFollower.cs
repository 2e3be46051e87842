namespace Innominatus.Cli.Commands.Watch;

/// <summary>
/// Follows one workflow run to its end: for logs -f (log lines only) and retry/resume/run --watch (steps and logs).
/// Listening starts before the command acts (<see cref="StartAsync"/>), so no early line is missed.
/// </summary>
public sealed class RunFollower(Session s, TimeSpan timeout, bool showSteps, string? onlyStep) : IAsyncDisposable
{
    private readonly RunTracker tracker = new(s, showSteps, onlyStep);
    private LiveEvents? events;

    public async Task StartAsync(CancellationToken cancellationToken) => events = await LiveEvents.StartAsync(s, tracker.OnEvent, cancellationToken);

    /// <summary>
    /// <paramref name="initialLogs"/> are printed first (or, with <paramref name="printInitial"/> false, taken as seen:
    /// after a retry the old attempt's lines are history); the run's later lines follow live.
    /// </summary>
    public async Task<TrackedRun> FollowAsync(Guid id, IReadOnlyList<JsonElement> initialLogs, bool printInitial, CancellationToken cancellationToken)
    {
        if (printInitial)
        {
            var first = await s.Api.GetAsync(Routes.Workflow(id), cancellationToken);
            tracker.Track(first, announce: showSteps);
            tracker.PrintLogs(id, initialLogs);
        }
        else
        {
            tracker.MarkSeen(id, initialLogs);
        }
        var notBefore = printInitial && initialLogs.Count > 0 ? initialLogs[0].Time("at") : null;
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            var view = await s.Api.GetAsync(Routes.Workflow(id), cancellationToken);
            tracker.Track(view, announce: showSteps);
            tracker.Update(view);
            var run = tracker.Runs.Single(r => r.Id == id);
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
        }
    }

    public static string Failure(string what, TrackedRun run) =>
        $"{what} {run.Name} (run {run.Id}) {run.State}{(run.FailedStep is null ? "" : $" at step {run.FailedStep}")}{(run.Error is null ? "" : $": {run.Error}")}";

    public async ValueTask DisposeAsync()
    {
        if (events is not null)
        {
            await events.DisposeAsync();
        }
    }
}
