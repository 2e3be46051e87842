using System.Text.Json.Nodes;
using Innominatus.Cli.Commands.Watch;

namespace Innominatus.Cli.Commands;

/// <summary>goldenpaths list|show, and run GOLDEN_PATH.</summary>
public static class GoldenPathCommands
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        var group = Cmd.New("goldenpaths", "Golden paths: ready-made workflows the platform offers.",
                "innominatus-ctl goldenpaths list",
                "innominatus-ctl goldenpaths show onboard-team")
            .With(List(context), Show(context));
        group.Aliases.Add("golden-paths");
        group.Aliases.Add("goldenpath");
        yield return group;
        yield return Run(context);
    }

    private static Command List(CliContext context) =>
        Cmd.New("list", "List the golden paths with category, tags and estimated duration.",
                "innominatus-ctl goldenpaths list")
            .Runs(context, async (s, _, ct) =>
            {
                var paths = await s.Api.GetAsync(Routes.GoldenPaths, ct);
                s.Print.Data(paths, v =>
                {
                    var table = new TextTable("name", "category", "tags", "duration", "description");
                    foreach (var g in v.Items())
                    {
                        table.Add(g.Str("name"), g.Str("category"), g.List("tags"), g.Str("estimatedDuration"), g.Str("description"));
                    }
                    ApplicationCommands.Paged(s.Print, table, default, "golden paths");
                });
                return ExitCodes.Ok;
            });

    private static Command Show(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The golden path.");
        return Cmd.New("show", "Show a golden path: its parameters (type, default, allowed values) and steps.",
                "innominatus-ctl goldenpaths show onboard-team")
            .With(name)
            .Runs(context, async (s, p, ct) =>
            {
                var path = await s.Api.GetAsync(Routes.GoldenPath(p.GetValue(name)!), ct);
                s.Print.Data(path, g =>
                {
                    s.Print.Details(("Golden path", g.Str("name")), ("Description", g.Str("description")), ("Category", g.Str("category")),
                        ("Tags", g.List("tags")), ("Duration", g.StrOrNull("estimatedDuration")), ("Outputs", g.List("outputs")));
                    s.Print.Line();
                    var parameters = new TextTable("parameter", "type", "required", "default", "allowed", "description");
                    foreach (var parameter in g.Items("parameters"))
                    {
                        parameters.Add(parameter.Str("name"), parameter.Str("type"), parameter.Bool("required") ? "yes" : "no", parameter.Str("default"),
                            parameter.Items("enum").Any() ? string.Join("|", parameter.Items("enum").Select(e => e.ToString())) : parameter.Str("pattern"), parameter.Str("description"));
                    }
                    if (parameters.Count > 0)
                    {
                        s.Print.Table(parameters);
                        s.Print.Line();
                    }
                    var steps = new TextTable("step", "type", "phase", "depends-on");
                    foreach (var step in g.Items("steps"))
                    {
                        steps.Add(step.Str("name"), step.Str("type"), step.Str("phase"), step.List("dependsOn"));
                    }
                    s.Print.Table(steps);
                });
                return ExitCodes.Ok;
            });
    }

    private static Command Run(CliContext context)
    {
        var name = Cmd.Arg("GOLDEN_PATH", "The golden path to run (see 'goldenpaths list').");
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as key=value; the value is JSON when it parses as JSON (3, true, [\"a\"]), else a string. Repeat for more.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "key=value",
        };
        var watch = Cmd.Flag("--watch", "Follow the run, printing step states and log lines, until it has finished.", "-w");
        var plan = Cmd.Flag("--plan", "Show what the run would do (steps by layer, each Kubernetes object's server-side dry run) without running it.");
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("run", "Start a golden path with parameters; the server checks them against the golden path's schema.",
                "innominatus-ctl run onboard-team --param team=payments --param display_name=Payments",
                "innominatus-ctl run create-namespace -p name=demo --watch",
                "innominatus-ctl run create-namespace -p name=demo --plan")
            .With(name, parameters, watch, plan, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                var body = new { parameters = Parameters(p.GetValue(parameters) ?? []) };
                if (p.GetValue(plan))
                {
                    var planned = await s.Api.PostAsync(Routes.PlanWorkflow, new { goldenPath = p.GetValue(name), body.parameters }, ct)
                        ?? throw new CliException("the server sent an empty answer to the plan");
                    s.Print.Data(planned, v => PlanPrinter.Workflow(s.Print, v, $"Plan for golden path {p.GetValue(name)} (nothing runs):"));
                    return planned.Bool("valid") ? ExitCodes.Ok : throw new CliException("the plan has problems: the run would fail (see above)");
                }
                await using var follower = new RunFollower(s, DeployCommand.ParseTimeout(p.GetValue(timeout)), showSteps: true, onlyStep: null);
                if (p.GetValue(watch))
                {
                    await follower.StartAsync(ct);
                }
                var accepted = await Spinner.WhileAsync(s.Context, "Starting the golden path…", () => s.Api.PostAsync(Routes.GoldenPath(p.GetValue(name)!) + "/runs", body, ct))
                    ?? throw new CliException("the server sent an empty answer to the run");
                var message = $"Golden path {accepted.Str("goldenPath")} started (request {accepted.Str("runId")}).";
                if (!p.GetValue(watch))
                {
                    s.Print.Done(accepted, message);
                    return ExitCodes.Ok;
                }
                s.Print.Note(message);
                var id = await FindRunAsync(s, accepted, ct);
                var run = await follower.FollowAsync(id, [], printInitial: true, ct);
                return run.Failed ? throw new CliException(RunFollower.Failure("golden path", run)) : ExitCodes.Ok;
            });
    }

    /// <summary>key=value pairs; a value that parses as JSON is that JSON, anything else is a string.</summary>
    public static JsonObject Parameters(IEnumerable<string> pairs)
    {
        var result = new JsonObject();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals < 1)
            {
                throw new CliException($"--param '{pair}' is not key=value", ExitCodes.Usage);
            }
            result[pair[..equals]] = Value(pair[(equals + 1)..]);
        }
        return result;
    }

    private static JsonNode? Value(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? (text.Trim() == "null" ? null : JsonValue.Create(text));
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>The workflow run the server named, or (from an older server) the newest golden-path run of that name since the request.</summary>
    private static async Task<Guid> FindRunAsync(Session s, JsonElement accepted, CancellationToken ct)
    {
        if (accepted.Get("workflowRunId").ValueKind == JsonValueKind.String)
        {
            return accepted.Get("workflowRunId").GetGuid();
        }
        var since = (accepted.Time("requestedAt") ?? s.Now).AddSeconds(-1);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Workflows, ("kind", "golden-path"), ("since", since.ToString("O"))), ct);
            if (page.Items("items").Reverse().FirstOrDefault(r => r.Str("name") == accepted.Str("goldenPath")) is { ValueKind: JsonValueKind.Object } run)
            {
                return run.Get("id").GetGuid();
            }
            await Task.Delay(s.Context.PollInterval, ct);
        }
        throw new CliException($"golden path {accepted.Str("goldenPath")} started no workflow run within 60 s");
    }
}
