using Innominatus.Cli.Commands.Watch;

namespace Innominatus.Cli.Commands;

/// <summary>
/// demo-time, demo-status, demo-nuke and demo-reset: the demo platform, installed and removed as platform workflow runs
/// (admins only). A failed run (--watch) ends with one line, exit code 1; a missing cluster permission is named in it
/// (the engine's step error: "forbidden: USER may not VERB RESOURCE in namespace NS").
/// </summary>
public static class DemoCommands
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield return Time(context);
        yield return DemoStatusCommand.Build(context);
        yield return Nuke(context);
        yield return DemoResetCommand.Build(context);
    }

    private static Command Time(CliContext context)
    {
        var components = new Option<string[]>("--component", "-c")
        {
            Description = "Install only these components (comma-separated or repeated) and what they need; default: all.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "a,b",
        };
        var watch = Cmd.Flag("--watch", "Follow the run, printing step states and log lines, until it has finished.", "-w");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("demo-time", "Install (or reconcile) the demo platform: one workflow run, a helm release per component in dependency order.",
                "innominatus-ctl demo-time",
                "innominatus-ctl demo-time --component grafana --watch")
            .With(components, watch, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                var names = (p.GetValue(components) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
                return await StartAsync(s, Routes.DemoTime, new { components = names }, p.GetValue(watch), p.GetValue(timeout), "demo-time", ct);
            });
    }

    private static Command Nuke(CliContext context)
    {
        var yes = Cmd.Flag("--yes", "Do not ask: remove every demo component and the demo namespaces.", "-y");
        var watch = Cmd.Flag("--watch", "Follow the run, printing step states and log lines, until it has finished.", "-w");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("demo-nuke", "Remove the demo platform: uninstall every release in reverse order, then delete the demo namespaces.",
                "innominatus-ctl demo-nuke",
                "innominatus-ctl demo-nuke --yes --watch")
            .With(yes, watch, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                if (!p.GetValue(yes))
                {
                    var answer = Prompt.Line(s.Context, "Remove every demo component and the demo namespaces? Type 'yes' to go on: ");
                    if (answer != "yes")
                    {
                        throw new CliException("demo-nuke not confirmed: nothing was removed", ExitCodes.Usage);
                    }
                }
                return await StartAsync(s, Routes.DemoNuke, new { confirm = true }, p.GetValue(watch), p.GetValue(timeout), "demo-nuke", ct);
            });
    }

    private static async Task<int> StartAsync(Session s, string route, object body, bool watch, string? timeout, string what, CancellationToken ct)
    {
        await using var follower = new RunFollower(s, DeployCommand.ParseTimeout(timeout), showSteps: true, onlyStep: null);
        if (watch)
        {
            await follower.StartAsync(ct);
        }
        var accepted = await Spinner.WhileAsync(s.Context, $"Starting {what}…", () => s.Api.PostAsync(route, body, ct))
            ?? throw new CliException($"the server sent an empty answer to {what}");
        var id = accepted.Get("workflowRunId").GetGuid();
        var message = $"{what} started: workflow run {id} ({accepted.List("components")}).";
        if (!watch)
        {
            s.Print.Done(accepted, message);
            return ExitCodes.Ok;
        }
        s.Print.Note(message);
        var run = await follower.FollowAsync(id, [], printInitial: true, ct);
        return run.Failed ? throw new CliException(RunFollower.Failure(what, run)) : ExitCodes.Ok;
    }
}
