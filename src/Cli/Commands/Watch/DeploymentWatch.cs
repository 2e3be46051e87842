namespace Innominatus.Cli.Commands.Watch;

/// <summary>
/// Follows what a deployment (or deprovisioning) set off: the application's new workflow runs, their steps and log
/// lines live, and its changed resources, until every changed resource is settled and every run has finished.
/// Exit code 0 when all went well, 1 when a run or resource failed or the timeout passed.
/// </summary>
public sealed class DeploymentWatch(Session s, string app, TimeSpan timeout, bool deprovision) : IAsyncDisposable
{
    private readonly object gate = new();
    private readonly HashSet<string> expected = [];
    private readonly Dictionary<string, string> resourceStates = [];
    private readonly RunTracker tracker = new(s);
    private LiveEvents? events;
    private DateTimeOffset since;
    private JsonElement latest;

    private string[] Settled => deprovision ? ["deleted", "failed"] : ["active", "failed", "deleted"];

    /// <summary>Listens before the command acts, so the first steps' events are not missed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken) => events = await LiveEvents.StartAsync(s, OnEvent, cancellationToken);

    /// <param name="submitted">The server's answer to the deployment: the application with its changed resources.</param>
    public async Task<int> RunAsync(JsonElement submitted, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            latest = submitted;
            since = (submitted.Time("updatedAt") ?? DateTimeOffset.UtcNow).AddSeconds(-1);
            expected.UnionWith(submitted.Items("changedResources").Select(r => r.GetString()!));
            foreach (var resource in submitted.Items("resources"))
            {
                resourceStates.TryAdd(resource.Str("name"), resource.Str("state"));
            }
        }
        if (expected.Count == 0)
        {
            await FinalAsync(cancellationToken);
            return ExitCodes.Ok;
        }
        var started = DateTimeOffset.UtcNow;
        while (!await PollAsync(cancellationToken))
        {
            if (DateTimeOffset.UtcNow - started > timeout)
            {
                throw new CliException($"timed out after {Times.Span(timeout)} following {app}: {Pending()}");
            }
            await Task.Delay(s.Context.PollInterval, cancellationToken);
        }
        await FinalAsync(cancellationToken);
        var failures = Failures();
        if (failures.Count > 0)
        {
            throw new CliException($"{(deprovision ? "deprovisioning" : "deployment")} of {app} failed: {string.Join("; ", failures)}");
        }
        return ExitCodes.Ok;
    }

    public async ValueTask DisposeAsync()
    {
        if (events is not null)
        {
            await events.DisposeAsync();
        }
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
        lock (gate)
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
        .. tracker.Runs.Where(r => r.Failed).Select(r => RunFollower.Failure("workflow", r)),
        .. expected.Where(n => resourceStates.GetValueOrDefault(n) == "failed").Select(n => $"resource {n} failed"),
    ];

    /// <summary>The application as it is now (an event may have been faster than the last poll).</summary>
    private async Task FinalAsync(CancellationToken cancellationToken)
    {
        latest = await s.Api.GetAsync(Routes.Application(app), cancellationToken);
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
