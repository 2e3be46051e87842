using Innominatus.Cli.Commands.Watch;
using Innominatus.Cli.Validation;
using Innominatus.WorkflowService.Score;

namespace Innominatus.Cli.Commands;

/// <summary>deploy FILE: validates offline, submits the spec, and with --watch follows the workflows to the end.</summary>
public static class DeployCommand
{
    public static Command Build(CliContext context)
    {
        var file = Cmd.Arg("FILE", "The Score spec (YAML or JSON); '-' reads standard input.");
        var dryRun = Cmd.Flag("--dry-run", "Let the server judge the spec (POST /api/specs/validate) without storing anything.");
        var plan = Cmd.Flag("--plan", "Show what the deployment would do: every resource workflow's steps and the API server's dry run of each Kubernetes object. Nothing is stored or applied.");
        var watch = Cmd.Flag("--watch", "Follow the application's workflow runs, printing step states and log lines, until all are done.", "-w");
        var timeout = TimeoutOption();
        return Cmd.New("deploy", "Create or update an application from a Score spec; every accepted change is a new revision.",
                "innominatus-ctl deploy score.yaml",
                "innominatus-ctl deploy score.yaml --watch --timeout 15m",
                "innominatus-ctl deploy score.yaml --dry-run",
                "innominatus-ctl deploy score.yaml --plan")
            .With(file, dryRun, plan, watch, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                var path = p.GetValue(file)!;
                var text = SpecFile.Read(s.Context, path);
                var parsed = ScoreParser.Parse(text);
                if (!parsed.IsValid)
                {
                    foreach (var error in parsed.Errors)
                    {
                        s.Print.Progress.WriteLine($"{path}{(error.Line is null ? "" : $":{error.Line}:{error.Column}")}: {error.Path}: {error.Message}");
                    }
                    throw new CliException($"{path} is not a valid Score spec: {parsed.Errors.Count} error(s); nothing was sent (see 'innominatus-ctl validate {path} --explain')");
                }
                if (p.GetValue(dryRun))
                {
                    return await DryRunAsync(s, text, ct);
                }
                if (p.GetValue(plan))
                {
                    return await PlanAsync(s, text, ct);
                }
                if (!p.GetValue(watch))
                {
                    var view = await SubmitAsync(s, text, ct);
                    s.Print.Done(view, Accepted(view));
                    return ExitCodes.Ok;
                }
                await using var watcher = new DeploymentWatch(s, parsed.Spec!.Metadata.Name, ParseTimeout(p.GetValue(timeout)), deprovision: false);
                await watcher.StartAsync(ct);
                var submitted = await SubmitAsync(s, text, ct);
                s.Print.Note(Accepted(submitted));
                return await watcher.RunAsync(submitted, ct);
            });
    }

    private static async Task<JsonElement> SubmitAsync(Session s, string text, CancellationToken ct) =>
        await Spinner.WhileAsync(s.Context, "Submitting the spec…", () =>
            s.Api.SendAsync(HttpMethod.Post, Routes.Applications, new StringContent(text, System.Text.Encoding.UTF8, "application/yaml"), ct))
        ?? throw new CliException("the server sent an empty answer to the deployment");

    private static string Accepted(JsonElement view)
    {
        var changed = view.Items("changedResources").Select(r => r.GetString()!).ToList();
        return changed.Count == 0
            ? $"Application {view.Str("name")} unchanged (revision {view.Str("revision")})."
            : $"Application {view.Str("name")} revision {view.Str("revision")} accepted: {string.Join(", ", changed)} {(changed.Count == 1 ? "is" : "are")} being provisioned.";
    }

    private static async Task<int> PlanAsync(Session s, string text, CancellationToken ct)
    {
        var plan = await s.Api.SendAsync(HttpMethod.Post, Routes.WithQuery(Routes.Applications, ("dryRun", "true")), new StringContent(text, System.Text.Encoding.UTF8, "application/yaml"), ct)
            ?? throw new CliException("the server sent an empty answer to the plan");
        s.Print.Data(plan, p => PlanPrinter.Application(s.Print, p));
        return plan.Bool("valid") ? ExitCodes.Ok : throw new CliException("the plan has problems: the deployment would fail (see above)");
    }

    private static async Task<int> DryRunAsync(Session s, string text, CancellationToken ct)
    {
        var report = await s.Api.SendAsync(HttpMethod.Post, Routes.ValidateSpec, new StringContent(text, System.Text.Encoding.UTF8, "application/yaml"), ct)
            ?? throw new CliException("the server sent an empty answer to the validation");
        s.Print.Data(report, r =>
        {
            foreach (var error in r.Items("errors"))
            {
                s.Print.Line($"{s.Print.Paint("error", Ansi.Red)}: {error.Str("path")}: {error.Str("message")}");
            }
            foreach (var warning in r.Items("warnings"))
            {
                s.Print.Line($"{s.Print.Paint("warning", Ansi.Yellow)}: {warning.Str("path")}: {warning.Str("message")}");
            }
            if (r.Bool("valid"))
            {
                s.Print.Line($"Dry run: the server would accept {r.Str("name")}{(r.Items("warnings").Any() ? ", but see the warnings" : "")}; nothing was stored.");
            }
        });
        if (!report.Bool("valid"))
        {
            throw new CliException("the server would refuse the spec");
        }
        return report.Items("warnings").Any() ? throw new CliException("the server would refuse the spec: " + report.Items("warnings").First().Str("message")) : ExitCodes.Ok;
    }

    public static Option<string> TimeoutOption() => new("--timeout")
    {
        Description = "With --watch: give up after this long (90s, 10m, 1h30m); exit code 1.",
        DefaultValueFactory = _ => "10m",
        Validators = { r => { if (Times.ParseDuration(r.GetValueOrDefault<string>() ?? "") is null) { r.AddError("--timeout must be a duration such as 90s, 10m or 1h30m"); } } },
    };

    public static TimeSpan ParseTimeout(string? text) => Times.ParseDuration(text ?? "10m") ?? TimeSpan.FromMinutes(10);
}
