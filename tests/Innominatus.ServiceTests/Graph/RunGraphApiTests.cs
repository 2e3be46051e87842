using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using static Innominatus.ServiceTests.Graph.SettledApps;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Graph;

/// <summary>GET /api/workflows/{id}/graph: one run's steps as a graph, read back against GET /api/workflows/{id}.</summary>
public class RunGraphApiTests
{
    [Fact]
    public async Task A_runs_graph_has_the_run_every_step_with_its_state_and_every_dependency_in_every_format()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        var run = await SettledRunAsync(alice, "shop");
        var id = S(run, "id");

        var graph = await alice.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}/graph");
        var svgAnswer = await alice.GetAsync($"/api/workflows/{id}/graph?format=svg").StatusAsync(HttpStatusCode.OK);
        var mermaid = await alice.GetStringAsync($"/api/workflows/{id}/graph?format=mermaid");
        var dot = await alice.GetStringAsync($"/api/workflows/{id}/graph?format=dot");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        var edges = graph.GetProperty("edges").EnumerateArray().Select(e => (From: S(e, "from"), To: S(e, "to"), Kind: S(e, "kind"))).ToHashSet();
        var runNode = Assert.Single(nodes, n => S(n, "kind") == "run");
        Assert.Equal((id, S(run, "state")), (S(runNode, "name"), S(runNode, "state")));
        Assert.Equal(("shop", "team-a"), (S(graph, "application"), S(graph, "team")));
        var steps = run.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(steps.Count, nodes.Count(n => S(n, "kind") == "step"));
        var stepIds = steps.ToDictionary(s => S(s, "name"), s => S(Assert.Single(nodes, n => S(n, "kind") == "step" && S(n, "name") == S(s, "name")), "id"));
        foreach (var step in steps)
        {
            Assert.Equal(S(step, "state"), S(nodes.Single(n => S(n, "id") == stepIds[S(step, "name")]), "state"));
            Assert.Contains((S(runNode, "id"), stepIds[S(step, "name")], "has-step"), edges);
            foreach (var dependency in step.GetProperty("dependsOn").EnumerateArray())
            {
                Assert.Contains((stepIds[S(step, "name")], stepIds[dependency.GetString()!], "depends-on"), edges);
            }
        }
        Assert.Equal(steps.Count + steps.Sum(s => s.GetProperty("dependsOn").GetArrayLength()), edges.Count);

        XNamespace ns = "http://www.w3.org/2000/svg";
        var svg = XDocument.Parse(await svgAnswer.Content.ReadAsStringAsync());
        Assert.Equal($"workflow run {S(run, "name")}", svg.Root!.Element(ns + "title")!.Value);
        var groups = svg.Descendants(ns + "g").Select(g => (string?)g.Attribute("id")).ToHashSet();
        Assert.All(nodes, n => Assert.Contains($"node-{S(n, "id")}", groups));
        Assert.StartsWith($"%% workflow run {S(run, "name")}\nflowchart TB\n", mermaid);
        Assert.StartsWith($"digraph \"{S(run, "name")}\" {{", dot);
    }

    [Fact]
    public async Task Another_team_gets_the_404_of_a_missing_run_an_admin_gets_the_graph_and_a_bad_format_is_400()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        using var bob = system.As("bob", "team-b");
        using var admin = system.As("root", null, "admin");
        var id = S(await SettledRunAsync(alice, "shop"), "id");
        var missingId = Guid.NewGuid();

        foreach (var format in new[] { "", "?format=svg", "?format=dot" })
        {
            var hidden = await Expect.ProblemAsync(await bob.GetAsync($"/api/workflows/{id}/graph{format}"), HttpStatusCode.NotFound, "Workflow run not found");
            var missing = await Expect.ProblemAsync(await bob.GetAsync($"/api/workflows/{missingId}/graph{format}"), HttpStatusCode.NotFound, "Workflow run not found");
            Assert.Equal(S(missing, "detail").Replace(missingId.ToString(), id), S(hidden, "detail"));
        }
        var adminGraph = await admin.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}/graph");
        var badFormat = await Expect.ProblemAsync(await alice.GetAsync($"/api/workflows/{id}/graph?format=png"), HttpStatusCode.BadRequest, "Unknown graph format");
        var anonymous = await system.As(null).GetAsync($"/api/workflows/{id}/graph");

        Assert.Equal("team-a", S(adminGraph, "team"));
        Assert.Contains("json, mermaid, dot, svg", S(badFormat, "detail"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    /// <summary>The app's run with the most steps, once every run has ended.</summary>
    private static async Task<JsonElement> SettledRunAsync(HttpClient client, string name) =>
        (await SubmitAsync(client, name)).Runs.OrderByDescending(d => d.GetProperty("steps").GetArrayLength()).First();
}
