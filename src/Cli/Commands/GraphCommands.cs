namespace Innominatus.Cli.Commands;

/// <summary>graph-export and graph-status: an application as a graph (GET /api/graph/{app}), or one run (GET /api/workflows/{id}/graph).</summary>
public static class GraphCommands
{
    public static readonly string[] Formats = ["json", "mermaid", "dot", "svg"];

    public static IEnumerable<Command> Build(CliContext context) => [Export(context), Status(context)];

    /// <summary>The file option is --file, not --output: -o/--output is every command's output format (table|json|yaml).</summary>
    private static Command Export(CliContext context)
    {
        var name = new Argument<string?>("APP") { Description = "The application (or --run for one run).", Arity = ArgumentArity.ZeroOrOne };
        var run = new Option<Guid?>("--run") { Description = "Export one workflow run's steps and their dependencies instead of an application.", HelpName = "RUN-ID" };
        var format = new Option<string>("--format", "-F")
        {
            Description = "json (the graph's nodes and edges), mermaid, dot (Graphviz) or svg (laid out by the server). Default: json.",
            HelpName = "json|mermaid|dot|svg",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong(Formats);
        format.CompletionSources.Add(Formats);
        var file = Cmd.Text("--file", "Write the export to this file instead of standard output.", "-f");
        return Cmd.New("graph-export", "Export an application's graph (its revisions, resources, latest runs and their steps), or one run's.",
                "innominatus-ctl graph-export shop --format svg --file shop.svg",
                "innominatus-ctl graph-export shop --format mermaid",
                "innominatus-ctl graph-export shop --format dot | dot -Tpng > shop.png",
                "innominatus-ctl graph-export --run 0199a3c2-5b7e-7c1a-9f00-3d2b1c0e4a55 --format mermaid")
            .With(name, run, format, file)
            .Runs(context, async (s, p, ct) =>
            {
                var (route, what) = (p.GetValue(name), p.GetValue(run)) switch
                {
                    ({ Length: > 0 } app, null) => (Routes.Graph(app), app),
                    (null or "", { } id) => (Routes.WorkflowGraph(id), $"run {id}"),
                    _ => throw new CliException("give an application or --run RUN-ID, one of the two", ExitCodes.Usage),
                };
                var chosen = p.GetValue(format)!;
                var text = await s.Api.GetTextAsync(Routes.WithQuery(route, ("format", chosen)), ct);
                if (p.GetValue(file) is { Length: > 0 } path)
                {
                    await WriteAsync(path, text, ct);
                    s.Tell($"Wrote the {chosen} graph of {what} to {path}.");
                }
                else
                {
                    s.Print.Out.Write(text.EndsWith('\n') ? text : text + "\n");
                }
                return ExitCodes.Ok;
            });
    }

    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, text, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}", ExitCodes.Usage);
        }
    }

    private static Command Status(CliContext context)
    {
        var name = Cmd.Arg("APP", "The application.");
        return Cmd.New("graph-status", "Summarise an application's graph: resources by state, its last run, failed steps.",
                "innominatus-ctl graph-status shop",
                "innominatus-ctl graph-status shop -o json")
            .With(name)
            .Runs(context, async (s, p, ct) =>
            {
                var graph = await s.Api.GetAsync(Routes.Graph(p.GetValue(name)!), ct);
                var summary = GraphSummary.From(graph);
                s.Print.Data(JsonSerializer.SerializeToElement(summary, JsonOptions.Web), _ => GraphSummary.Print(s.Print, summary));
                return ExitCodes.Ok;
            });
    }
}
