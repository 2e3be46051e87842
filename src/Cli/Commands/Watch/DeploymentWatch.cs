namespace Innominatus.Cli.Commands.Watch;

/// <summary>
/// Follows what a deployment (or deprovisioning) set off: the application's new workflow runs, their steps and log
/// lines live, and its changed resources, until every changed resource is settled and every run has finished.
/// Exit code 0 when all went well, 1 when a run or resource failed or the timeout passed.
/// </summary>
public sealed class DeploymentWatch(Session s, JsonElement submitted, TimeSpan timeout, bool deprovision)
{
    private readonly string app = submitted.Str("name");
    private readonly HashSet<string> expected = [.. submitted.Items("changedResources").Select(r => r.GetString()!)];
    private readonly DateTimeOffset since = (submitted.Time("updatedAt") ?? DateTimeOffset.UtcNow).AddSeconds(-1);
    private readonly Dictionary<string, string> resourceStates = submitted.Items("resources").ToDictionary(r => r.Str("name"), r => r.Str("state"));
    private readonly RunTracker tracker = new(s);
    private JsonElement latest = submitted;

    private string[] Settled => deprovision ? ["deleted", "failed"] : ["active", "failed", "deleted"];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (expected.Count == 0)
        {
            Final();
            return ExitCodes.Ok;
        }
        var started = DateTimeOffset.UtcNow;
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var events = LiveEvents.ListenAsync(s, OnEvent, listening.Token);
        try
        {
            while (!await PollAsync(cancellationToken))
            {
                if (DateTimeOffset.UtcNow - started > timeout)
                {
                    throw new CliException($"timed out after {Times.Span(timeout)} following {app}: {Pending()}");
                }
                await Task.Delay(s.Context.PollInterval, cancellationToken);
            }
        }
        finally
        {
            await listening.CancelAsync();
            await events;
        }
        Final();
        var failures = Failures();
        if (failures.Count > 0)
        {
            throw new CliException($"{(deprovision ? "deprovisioning" : "deployment")} of {app} failed: {string.Join("; ", failures)}");
        }
        return ExitCodes.Ok;
    }

    private void OnEvent(ServerEvent e)
    {
        if (e.Type == "resource" && e.Data.Str("application") == app)
        {
            ResourceChanged(e.Data.Str("resource"), e.Data.Str("to"), e.Data.StrOrNull("reason"));
        }
        else
        {
            tracker.OnEvent(e);
        }
    }

    /// <summary>One round: resources first, then runs, so a settled resource's run is always seen (finished).</summary>
    private async Task<bool> PollAsync(CancellationToken ct)
    {
        latest = await s.Api.GetAsync(Routes.Application(app), ct);
        foreach (var resource in latest.Items("resources"))
        {
            ResourceChanged(resource.Str("name"), resource.Str("state"), null);
        }
        var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Workflows, ("application", app), ("since", since.ToString("O")), ("pageSize", "200")), ct);
        foreach (var run in page.Items("items").Reverse())
        {
            tracker.Track(run);
        }
        foreach (var run in tracker.Runs.Where(r => !r.Announced))
        {
            var view = await s.Api.GetAsync(Routes.Workflow(run.Id), ct);
            tracker.Update(view);
            if (run.Finished)
            {
                tracker.Finish(run.Id, (await s.Api.GetAsync($"{Routes.Workflow(run.Id)}/logs", ct)).Items());
            }
        }
        return expected.All(name => Settled.Contains(resourceStates.GetValueOrDefault(name)) || !resourceStates.ContainsKey(name)) && tracker.Runs.All(r => r.Announced);
    }

    private void ResourceChanged(string name, string state, string? reason)
    {
        lock (resourceStates)
        {
            if (!expected.Contains(name) || resourceStates.GetValueOrDefault(name) == state)
            {
                return;
            }
            var from = resourceStates.GetValueOrDefault(name);
            resourceStates[name] = state;
            s.Print.Progress.WriteLine(s.Print.PaintProgress($"resource {name}: {from ?? "new"} -> {state}{(reason is null ? "" : $" ({reason})")}", Ansi.ForState(state)));
            s.Print.Progress.Flush();
        }
    }

    private string Pending()
    {
        var resources = expected.Where(n => !Settled.Contains(resourceStates.GetValueOrDefault(n))).Select(n => $"resource {n} is {resourceStates.GetValueOrDefault(n) ?? "unknown"}");
        var runs = tracker.Runs.Where(r => !r.Finished).Select(r => $"workflow {r.Name} is {r.State}");
        return string.Join(", ", resources.Concat(runs).DefaultIfEmpty("still waiting"));
    }

    private List<string> Failures() =>
    [
        .. tracker.Runs.Where(r => r.Failed).Select(r => $"workflow {r.Name} (run {r.Id}) {r.State}{(r.FailedStep is null ? "" : $" at step {r.FailedStep}")}{(r.Error is null ? "" : $": {r.Error}")}"),
        .. expected.Where(n => resourceStates.GetValueOrDefault(n) == "failed").Select(n => $"resource {n} failed"),
    ];

    private void Final()
    {
        if (s.Print.IsTable)
        {
            s.Print.Line();
            ResourceCommands.Table(s.Print, latest.Items("resources"), withApplication: false);
        }
        else
        {
            s.Print.Data(latest, _ => { });
        }
    }
}
