using Innominatus.Cli.Commands.Watch;

namespace Innominatus.Cli.Commands;

/// <summary>workflows list|show, logs, retry, resume, skip, cancel, approve, reject.</summary>
public static class WorkflowCommands
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        var group = Cmd.New("workflows", "Workflow runs: list them and show one with its steps.",
                "innominatus-ctl workflows list --application shop --state failed",
                "innominatus-ctl workflow show 0193a0c4-...")
            .With(List(context), Show(context));
        group.Aliases.Add("workflow");
        yield return group;
        yield return Logs(context);
        yield return Operation(context, "retry", "Run a failed run again from its first failed step; succeeded steps are not redone.", "retry",
            ["innominatus-ctl retry 0193a0c4-...", "innominatus-ctl retry 0193a0c4-... --watch"]);
        yield return Resume(context);
        yield return Skip(context);
        yield return Operation(context, "cancel", "Stop a run: running steps are cancelled and nothing further starts.", "cancel",
            ["innominatus-ctl cancel 0193a0c4-..."]);
        yield return Decision(context, "approve", "Approve an approval step; the run goes on.");
        yield return Decision(context, "reject", "Reject an approval step; the run fails.");
    }

    private static Command List(CliContext context)
    {
        var application = Cmd.Text("--application", "Only runs of this application.", "-a");
        var state = Cmd.Text("--state", "Only runs in this state: running, waiting_approval, succeeded, failed, cancelled.");
        var kind = Cmd.Text("--kind", "Only runs of this kind: resource, golden-path.");
        var since = Cmd.Text("--since", "Only runs created since then: a duration back from now (30m, 2h, 7d) or a timestamp.");
        var limit = ApplicationCommands.Limit();
        state.CompletionSources.Add("running", "waiting_approval", "succeeded", "failed", "cancelled");
        kind.CompletionSources.Add("resource", "golden-path");
        return Cmd.New("list", "List workflow runs you can see, newest first.",
                "innominatus-ctl workflows list",
                "innominatus-ctl workflows list --application shop --since 2h",
                "innominatus-ctl workflows list --state failed -o json")
            .With(application, state, kind, since, limit)
            .Runs(context, async (s, p, ct) =>
            {
                DateTimeOffset? from = null;
                if (p.GetValue(since) is { } text)
                {
                    from = Times.ParseSince(text, s.Now) ?? throw new CliException($"--since '{text}' is neither a duration (30m, 2h, 7d) nor a timestamp", ExitCodes.Usage);
                }
                var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Workflows, ("application", p.GetValue(application)), ("state", p.GetValue(state)),
                    ("kind", p.GetValue(kind)), ("since", from?.ToString("O")), ("pageSize", p.GetValue(limit).ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);
                s.Print.Data(page, v =>
                {
                    if (!v.Items("items").Any())
                    {
                        s.Print.Line("No workflow runs.");
                        return;
                    }
                    Table(s, v.Items("items"));
                });
                return ExitCodes.Ok;
            });
    }

    public static void Table(Session s, IEnumerable<JsonElement> runs)
    {
        var table = new TextTable("id", "name", "kind", "application", "state", "age", "duration");
        foreach (var r in runs)
        {
            var finished = r.Time("finishedAt");
            var created = r.Time("createdAt");
            table.Add(r.Str("id"), r.Str("name"), r.Str("kind"), r.Str("application"), Cell.State(r.Str("state")), Times.Age(created, s.Now),
                finished is null || created is null ? "" : Times.Span(finished.Value - created.Value));
        }
        s.Print.Table(table);
    }

    private static Command Show(CliContext context)
    {
        var id = Cmd.Id();
        return Cmd.New("show", "Show a run: its state, parameters, outputs and every step with state, attempts and timing.",
                "innominatus-ctl workflow show 0193a0c4-...",
                "innominatus-ctl workflow show 0193a0c4-... -o yaml")
            .With(id)
            .Runs(context, async (s, p, ct) =>
            {
                var run = await s.Api.GetAsync(Routes.Workflow(p.GetValue(id)), ct);
                s.Print.Data(run, r => ShowRun(s, r));
                return ExitCodes.Ok;
            });
    }

    private static void ShowRun(Session s, JsonElement r)
    {
        s.Print.Details(("Run", r.Str("id")), ("Workflow", r.Str("name")), ("Kind", r.Str("kind")), ("Application", r.StrOrNull("application")),
            ("Operation", r.StrOrNull("operation")), ("Resource", r.StrOrNull("resourceId")), ("Team", r.Str("team")), ("Requested by", r.Str("requestedBy")),
            ("State", s.Print.Paint(r.Str("state"), Ansi.ForState(r.Str("state")))), ("Error", r.StrOrNull("error")),
            ("Created", Times.Stamp(r.Time("createdAt"))), ("Finished", r.Time("finishedAt") is { } f ? Times.Stamp(f) : null));
        s.Print.Line();
        var table = new TextTable("step", "type", "phase", "state", "attempt", "started", "duration", "error");
        foreach (var step in r.Items("steps"))
        {
            var error = step.StrOrNull("error") ?? (step.StrOrNull("skipReason") is { } reason ? $"skipped: {reason}" : "");
            table.Add(step.Str("name"), step.Str("type"), step.Str("phase"), Cell.State(step.Str("state")), $"{step.Str("attempt")}/{step.Str("maxAttempts")}",
                Times.Clock(step.Time("startedAt")), step.StrOrNull("durationSeconds") is { } d ? d + "s" : "", error);
        }
        s.Print.Table(table);
    }

    private static Command Logs(CliContext context)
    {
        var id = Cmd.Id();
        var step = Cmd.Text("--step", "Only this step's lines.");
        var tail = new Option<int?>("--tail") { Description = "Only the last N lines." };
        var follow = Cmd.Flag("--follow", "Keep printing new lines until the run has finished.", "-f");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("logs", "Print a run's log lines, of every step or one; -f follows them live.",
                "innominatus-ctl logs 0193a0c4-...",
                "innominatus-ctl logs 0193a0c4-... --step migrate --tail 20",
                "innominatus-ctl logs 0193a0c4-... -f")
            .With(id, step, tail, follow, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                var run = p.GetValue(id);
                var path = Routes.WithQuery($"{Routes.Workflow(run)}/logs", ("step", p.GetValue(step)), ("tail", p.GetValue(tail)?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var lines = await s.Api.GetAsync(path, ct);
                if (!p.GetValue(follow) || !s.Print.IsTable)
                {
                    s.Print.Data(lines, v =>
                    {
                        foreach (var line in v.Items())
                        {
                            s.Print.Line(p.GetValue(step) is null ? $"{s.Print.Paint(line.Str("step") + " |", Ansi.Dim)} {line.Str("line")}" : line.Str("line"));
                        }
                    });
                    return ExitCodes.Ok;
                }
                await using var follower = new RunFollower(s, DeployCommand.ParseTimeout(p.GetValue(timeout)), showSteps: false, p.GetValue(step));
                await follower.StartAsync(ct);
                await follower.FollowAsync(run, [.. lines.Items()], printInitial: true, ct);
                return ExitCodes.Ok;
            });
    }

    private static Command Operation(CliContext context, string name, string description, string action, string[] examples)
    {
        var id = Cmd.Id();
        var watch = Cmd.Flag("--watch", "Follow the run until it has finished; exit code 1 if it fails.", "-w");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New(name, description, examples)
            .With(id, watch, timeout)
            .Runs(context, (s, p, ct) => ActAsync(s, p.GetValue(id), $"{Routes.Workflow(p.GetValue(id))}/{action}", null, $"{Past(name)} run {p.GetValue(id)}",
                p.GetValue(watch), DeployCommand.ParseTimeout(p.GetValue(timeout)), ct));
    }

    private static Command Resume(CliContext context)
    {
        var id = Cmd.Id();
        var from = new Option<string>("--from") { Description = "The step to start again from; it and every later step run again.", Required = true };
        var watch = Cmd.Flag("--watch", "Follow the run until it has finished; exit code 1 if it fails.", "-w");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("resume", "Run a finished run again from the given step onwards.",
                "innominatus-ctl resume 0193a0c4-... --from deploy")
            .With(id, from, watch, timeout)
            .Runs(context, (s, p, ct) => ActAsync(s, p.GetValue(id), Routes.WithQuery($"{Routes.Workflow(p.GetValue(id))}/resume", ("fromStep", p.GetValue(from))), null,
                $"Resumed run {p.GetValue(id)} from step {p.GetValue(from)}", p.GetValue(watch), DeployCommand.ParseTimeout(p.GetValue(timeout)), ct));
    }

    private static Command Skip(CliContext context)
    {
        var id = Cmd.Id();
        var step = Cmd.Arg("STEP", "The step to skip.");
        var reason = new Option<string>("--reason") { Description = "Why; recorded with the step.", Required = true };
        return Cmd.New("skip", "Mark a step skipped, with a reason, and let the run go on.",
                "innominatus-ctl skip 0193a0c4-... smoke-test --reason \"flaky, tracked in #42\"")
            .With(id, step, reason)
            .Runs(context, (s, p, ct) => ActAsync(s, p.GetValue(id), Routes.Step(p.GetValue(id), p.GetValue(step)!, "skip"), new { reason = p.GetValue(reason) },
                $"Skipped step {p.GetValue(step)} of run {p.GetValue(id)}", false, TimeSpan.Zero, ct));
    }

    private static Command Decision(CliContext context, string name, string description)
    {
        var id = Cmd.Id();
        var step = Cmd.Arg("STEP", "The approval step.");
        var comment = Cmd.Text("--comment", "A comment recorded with the decision.", "-m");
        return Cmd.New(name, description,
                $"innominatus-ctl {name} 0193a0c4-... production-gate",
                $"innominatus-ctl {name} 0193a0c4-... production-gate --comment \"change CHG-1234\"")
            .With(id, step, comment)
            .Runs(context, (s, p, ct) => ActAsync(s, p.GetValue(id), Routes.Step(p.GetValue(id), p.GetValue(step)!, name), new { reason = p.GetValue(comment) },
                $"{Past(name)} step {p.GetValue(step)} of run {p.GetValue(id)}", false, TimeSpan.Zero, ct));
    }

    private static async Task<int> ActAsync(Session s, Guid id, string path, object? body, string message, bool watch, TimeSpan timeout, CancellationToken ct)
    {
        var before = watch ? (await s.Api.GetAsync($"{Routes.Workflow(id)}/logs", ct)).Items().ToList() : [];
        await using var follower = new RunFollower(s, timeout, showSteps: true, onlyStep: null);
        if (watch)
        {
            await follower.StartAsync(ct);
        }
        var answer = await s.Api.PostAsync(path, body, ct);
        if (!watch)
        {
            s.Print.Done(answer, $"{message}: the run is {answer?.Str("state")}.");
            return ExitCodes.Ok;
        }
        s.Print.Note($"{message}: the run is {answer?.Str("state")}.");
        var run = await follower.FollowAsync(id, before, printInitial: false, ct);
        return run.Failed ? throw new CliException(RunFollower.Failure("workflow", run)) : ExitCodes.Ok;
    }

    private static string Past(string verb) => verb switch
    {
        "retry" => "Retried",
        "cancel" => "Cancelled",
        "approve" => "Approved",
        "reject" => "Rejected",
        _ => verb,
    };
}
