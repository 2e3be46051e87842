using Innominatus.Cli.Commands.Watch;

namespace Innominatus.Cli.Commands;

/// <summary>deploy, list, status, deprovision, delete, revisions: applications from Score specs.</summary>
public static class ApplicationCommands
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield return DeployCommand.Build(context);
        yield return List(context);
        yield return Status(context);
        yield return Deprovision(context);
        yield return Delete(context);
        yield return Revisions(context);
    }

    private static Command List(CliContext context)
    {
        var team = Cmd.Text("--team", "Only this team's applications (admins see every team's).");
        var state = Cmd.Text("--state", "Only applications in this state (active, deprovisioning).");
        var search = Cmd.Text("--search", "Only names containing this text.");
        var limit = Limit();
        return Cmd.New("list", "List the applications you can see.",
                "innominatus-ctl list",
                "innominatus-ctl list --search shop -o json")
            .With(team, state, search, limit)
            .Runs(context, async (s, p, ct) =>
            {
                var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Applications,
                    ("team", p.GetValue(team)), ("state", p.GetValue(state)), ("search", p.GetValue(search)), ("pageSize", p.GetValue(limit).ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);
                s.Print.Data(page, v =>
                {
                    var table = new TextTable("name", "team", "state", "revision", "resources", "updated");
                    foreach (var a in v.Items("items"))
                    {
                        table.Add(a.Str("name"), a.Str("team"), Cell.State(a.Str("state")), a.Str("revision"), a.Str("resources"), Times.Age(a.Time("updatedAt"), s.Now));
                    }
                    Paged(s.Print, table, v, "applications");
                });
                return ExitCodes.Ok;
            });
    }

    private static Command Status(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The application (the Score spec's metadata.name).");
        return Cmd.New("status", "Show an application: its state, revision, resources and recent workflow runs.",
                "innominatus-ctl status shop",
                "innominatus-ctl status shop -o yaml")
            .With(name)
            .Runs(context, async (s, p, ct) =>
            {
                var app = await s.Api.GetAsync(Routes.Application(p.GetValue(name)!), ct);
                if (!s.Print.IsTable)
                {
                    s.Print.Data(app, _ => { });
                    return ExitCodes.Ok;
                }
                var runs = await s.Api.GetAsync(Routes.WithQuery(Routes.Workflows, ("application", app.Str("name")), ("pageSize", "5")), ct);
                s.Print.Details(("Name", app.Str("name")), ("Team", app.Str("team")), ("State", s.Print.Paint(app.Str("state"), Ansi.ForState(app.Str("state")))),
                    ("Revision", app.Str("revision")), ("Created", $"{Times.Stamp(app.Time("createdAt"))} by {app.Str("createdBy")}"), ("Updated", Times.Stamp(app.Time("updatedAt"))));
                s.Print.Line();
                ResourceCommands.Table(s.Print, app.Items("resources"), withApplication: false);
                if (runs.Items("items").Any())
                {
                    s.Print.Line();
                    WorkflowCommands.Table(s, runs.Items("items"));
                }
                return ExitCodes.Ok;
            });
    }

    private static Command Deprovision(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The application to tear down.");
        var watch = Cmd.Flag("--watch", "Follow the delete workflows until every resource is gone.", "-w");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("deprovision", "Tear down every resource of an application; the application and its history stay.",
                "innominatus-ctl deprovision shop",
                "innominatus-ctl deprovision shop --watch --timeout 5m")
            .With(name, watch, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                await using var watcher = new DeploymentWatch(s, p.GetValue(name)!, DeployCommand.ParseTimeout(p.GetValue(timeout)), deprovision: true);
                if (p.GetValue(watch))
                {
                    await watcher.StartAsync(ct);
                }
                var answer = await s.Api.PostAsync($"{Routes.Application(p.GetValue(name)!)}/deprovision", null, ct);
                var changed = answer?.Items("changedResources").Select(r => r.GetString()!).ToList() ?? [];
                var message = changed.Count == 0
                    ? $"Application {p.GetValue(name)}: nothing left to tear down."
                    : $"Deprovisioning {p.GetValue(name)}: deleting {string.Join(", ", changed)}.";
                if (p.GetValue(watch))
                {
                    s.Print.Note(message);
                }
                else
                {
                    s.Print.Done(answer, message);
                }
                return p.GetValue(watch) && answer is { } view ? await watcher.RunAsync(view, ct) : ExitCodes.Ok;
            });
    }

    private static Command Delete(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The application to remove.");
        var force = Cmd.Flag("--force", "Delete even though resources still exist (admins only; the resources are orphaned).");
        return Cmd.New("delete", "Remove an application whose resources are all deleted (deprovision it first).",
                "innominatus-ctl delete shop",
                "innominatus-ctl delete shop --force")
            .With(name, force)
            .Runs(context, async (s, p, ct) =>
            {
                await s.Api.DeleteAsync(Routes.WithQuery(Routes.Application(p.GetValue(name)!), ("force", p.GetValue(force) ? "true" : null)), ct);
                s.Print.Done(null, $"Application {p.GetValue(name)} deleted.");
                return ExitCodes.Ok;
            });
    }

    private static Command Revisions(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The application.");
        return Cmd.New("revisions", "List an application's revisions, newest first: who submitted what and which resources changed.",
                "innominatus-ctl revisions shop")
            .With(name)
            .Runs(context, async (s, p, ct) =>
            {
                var revisions = await s.Api.GetAsync($"{Routes.Application(p.GetValue(name)!)}/revisions", ct);
                s.Print.Data(revisions, v =>
                {
                    var table = new TextTable("revision", "submitted-by", "submitted", "changed", "spec-hash");
                    foreach (var r in v.Items())
                    {
                        var hash = r.Str("specHash");
                        table.Add(r.Str("revision"), r.Str("submittedBy"), Times.Stamp(r.Time("submittedAt")), r.List("changedResources"), hash[..Math.Min(12, hash.Length)]);
                    }
                    s.Print.Table(table);
                });
                return ExitCodes.Ok;
            });
    }

    public static Option<int> Limit() => new("--limit")
    {
        Description = "At most this many (1-200).",
        DefaultValueFactory = _ => 50,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 1 or > 200) { r.AddError("--limit must be 1 to 200"); } } },
    };

    /// <summary>Writes a page's table and says when there are more than shown.</summary>
    public static void Paged(Printer print, TextTable table, JsonElement page, string what)
    {
        if (table.Count == 0)
        {
            print.Line($"No {what}.");
            return;
        }
        print.Table(table);
        if (page.Get("total") is { ValueKind: JsonValueKind.Number } total && total.GetInt32() > table.Count)
        {
            print.Line(print.Paint($"({table.Count} of {total.GetInt32()} {what}; use --limit or filters)", Ansi.Dim));
        }
    }
}
