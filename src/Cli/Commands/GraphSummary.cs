namespace Innominatus.Cli.Commands;

/// <summary>What graph-status shows, read from the graph's nodes: -o json|yaml print this record, the table its lines.</summary>
public sealed record GraphSummary(
    string Application, string Team, string? State, int Resources, IReadOnlyDictionary<string, int> ResourcesByState,
    GraphSummary.Run? LastRun, IReadOnlyList<GraphSummary.FailedStep> FailedSteps)
{
    public sealed record Run(string Id, string Workflow, string State, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

    public sealed record FailedStep(string RunId, string Workflow, string Step, DateTimeOffset? FinishedAt);

    public static GraphSummary From(JsonElement graph)
    {
        var nodes = graph.Items("nodes").ToList();
        var byId = nodes.ToDictionary(n => n.Str("id"), StringComparer.Ordinal);
        var runOfStep = graph.Items("edges").Where(e => e.Str("kind") == "has-step").ToDictionary(e => e.Str("to"), e => byId[e.Str("from")], StringComparer.Ordinal);
        var resources = nodes.Where(n => n.Str("kind") == "resource").ToList();
        var last = nodes.Where(n => n.Str("kind") == "run").OrderByDescending(n => n.Time("startedAt")).FirstOrDefault();
        var application = nodes.FirstOrDefault(n => n.Str("kind") == "application");
        return new GraphSummary(
            graph.Str("application"), graph.Str("team"), application.StrOrNull("state"), resources.Count,
            resources.GroupBy(r => r.Str("state")).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            last.ValueKind == JsonValueKind.Object ? new Run(last.Str("name"), last.Str("label"), last.Str("state"), last.Time("startedAt"), last.Time("finishedAt")) : null,
            nodes.Where(n => n.Str("kind") == "step" && n.Str("state") == "failed")
                .Select(n => (Step: n, Run: runOfStep.GetValueOrDefault(n.Str("id"))))
                .Select(x => new FailedStep(x.Run.Str("name"), x.Run.Str("label"), x.Step.Str("name"), x.Step.Time("finishedAt"))).ToList());
    }

    public static void Print(Printer print, GraphSummary summary)
    {
        var states = string.Join(", ", summary.ResourcesByState.Select(s => $"{s.Key} {s.Value}"));
        print.Details(
            ("Application", $"{summary.Application} (team {summary.Team}{(summary.State is null ? "" : ", " + summary.State)})"),
            ("Resources", summary.Resources == 0 ? "none" : $"{summary.Resources}: {states}"),
            ("Last run", summary.LastRun is { } run ? $"{run.Workflow} {print.Paint(run.State, Ansi.ForState(run.State))} (started {Times.Stamp(run.StartedAt)}, id {run.Id})" : "none"),
            ("Failed steps", summary.FailedSteps.Count == 0 ? "none" : summary.FailedSteps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (summary.FailedSteps.Count > 0)
        {
            print.Line();
            var table = new TextTable("workflow", "step", "finished", "run");
            foreach (var step in summary.FailedSteps)
            {
                table.Add(step.Workflow, step.Step, Times.Stamp(step.FinishedAt), step.RunId);
            }
            print.Table(table);
        }
    }
}
