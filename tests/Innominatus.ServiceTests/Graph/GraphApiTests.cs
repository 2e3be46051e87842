using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using static Innominatus.ServiceTests.Graph.SettledApps;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Graph;

/// <summary>GET /api/graph/{app}: the graph read back against what the applications and workflows APIs say, and its exports.</summary>
public class GraphApiTests
{
    [Fact]
    public async Task The_graph_has_every_revision_resource_run_and_step_of_the_application_with_typed_edges()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        var (application, runs) = await SettledApps.SubmitAsync(alice, "shop");

        var graph = await alice.GetFromJsonAsync<JsonElement>("/api/graph/shop");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        var edges = graph.GetProperty("edges").EnumerateArray().Select(e => (From: S(e, "from"), To: S(e, "to"), Kind: S(e, "kind"))).ToHashSet();
        var app = Assert.Single(nodes, n => S(n, "kind") == "application");
        Assert.Equal("shop", S(app, "name"));
        Assert.Equal("team-a", S(graph, "team"));
        var revision = Assert.Single(nodes, n => S(n, "kind") == "revision");
        Assert.Equal("1", S(revision, "name"));
        Assert.Contains((S(app, "id"), S(revision, "id"), "has-revision"), edges);
        var resources = application.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(resources.Count, nodes.Count(n => S(n, "kind") == "resource"));
        foreach (var resource in resources)
        {
            var node = Assert.Single(nodes, n => S(n, "kind") == "resource" && S(n, "name") == S(resource, "name"));
            Assert.Equal((S(resource, "type"), S(resource, "provider"), S(resource, "state")), (S(node, "type"), S(node, "provider"), S(node, "state")));
            Assert.Contains((S(revision, "id"), S(node, "id"), "declares"), edges);
        }
        Assert.Equal(runs.Count, nodes.Count(n => S(n, "kind") == "run"));
        foreach (var run in runs)
        {
            var node = Assert.Single(nodes, n => S(n, "kind") == "run" && S(n, "name") == S(run, "id"));
            Assert.Equal(S(run, "state"), S(node, "state"));
            var owner = run.GetProperty("resourceId").ValueKind == JsonValueKind.Null
                ? app
                : nodes.Single(n => S(n, "kind") == "resource" && S(n, "name") == S(resources.Single(r => S(r, "id") == S(run, "resourceId")), "name"));
            Assert.Contains((S(owner, "id"), S(node, "id"), "run-by"), edges);
            var steps = run.GetProperty("steps").EnumerateArray().ToList();
            Assert.NotEmpty(steps);
            var stepIds = new Dictionary<string, string>();
            foreach (var step in steps)
            {
                var stepNode = Assert.Single(nodes, n => S(n, "kind") == "step" && S(n, "name") == S(step, "name") && edges.Contains((S(node, "id"), S(n, "id"), "has-step")));
                Assert.Equal(S(step, "state"), S(stepNode, "state"));
                Assert.Equal(Duration(step), Duration(stepNode));
                stepIds[S(step, "name")] = S(stepNode, "id");
            }
            foreach (var step in steps)
            {
                foreach (var dependency in step.GetProperty("dependsOn").EnumerateArray())
                {
                    Assert.Contains((stepIds[S(step, "name")], stepIds[dependency.GetString()!], "depends-on"), edges);
                }
            }
        }
        Assert.Equal(1 + 1 + resources.Count + runs.Count + runs.Sum(r => r.GetProperty("steps").GetArrayLength()), nodes.Count);
        Assert.All(edges, e => Assert.Contains(e.Kind, new[] { "has-revision", "declares", "run-by", "has-step", "depends-on" }));
    }

    [Fact]
    public async Task A_retried_resource_shows_only_its_newest_run()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        var (application, _) = await SettledApps.SubmitAsync(alice, "shop");
        var resource = application.GetProperty("resources").EnumerateArray().First(r => S(r, "state") == "failed");
        await alice.PostAsync($"/api/resources/{S(resource, "id")}/retry", null).StatusAsync(HttpStatusCode.Accepted);
        var runsOfResource = await Eventually.ValueAsync(async () =>
        {
            var list = new List<JsonElement>();
            foreach (var run in (await alice.GetFromJsonAsync<JsonElement>("/api/workflows?application=shop")).GetProperty("items").EnumerateArray())
            {
                var detail = await alice.GetFromJsonAsync<JsonElement>($"/api/workflows/{S(run, "id")}");
                if (S(detail, "resourceId") == S(resource, "id"))
                {
                    list.Add(detail);
                }
            }
            return list.Count == 2 && list.All(r => S(r, "state") is "failed" or "succeeded") ? list : null;
        }, timeoutSeconds: 60);

        var nodes = (await alice.GetFromJsonAsync<JsonElement>("/api/graph/shop")).GetProperty("nodes").EnumerateArray().ToList();

        var newest = runsOfResource.MaxBy(r => r.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Contains(nodes, n => S(n, "kind") == "run" && S(n, "name") == S(newest, "id"));
        Assert.DoesNotContain(nodes, n => S(n, "kind") == "run" && S(n, "name") == S(runsOfResource.Single(r => S(r, "id") != S(newest, "id")), "id"));
    }

    [Fact]
    public async Task Every_export_names_every_node_and_the_svg_is_xml_with_a_group_per_node()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        await SettledApps.SubmitAsync(alice, "shop");
        var nodes = (await alice.GetFromJsonAsync<JsonElement>("/api/graph/shop")).GetProperty("nodes").EnumerateArray().ToList();
        var edges = (await alice.GetFromJsonAsync<JsonElement>("/api/graph/shop")).GetProperty("edges").EnumerateArray().ToList();

        var svgAnswer = await alice.GetAsync("/api/graph/shop?format=svg").StatusAsync(HttpStatusCode.OK);
        var mermaid = await alice.GetStringAsync("/api/graph/shop?format=mermaid");
        var dot = await alice.GetStringAsync("/api/graph/shop?format=DOT");

        Assert.Equal("image/svg+xml", svgAnswer.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await svgAnswer.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var groups = svg.Descendants(ns + "g").ToDictionary(g => (string)g.Attribute("id")!);
        Assert.Equal(edges.Count, svg.Descendants(ns + "path").Count(p => ((string?)p.Attribute("class"))?.StartsWith("edge ", StringComparison.Ordinal) == true));
        foreach (var node in nodes)
        {
            var group = groups[$"node-{S(node, "id")}"];
            Assert.Equal($"{S(node, "kind")} {S(node, "name")}", group.Element(ns + "title")!.Value);
            Assert.Equal(S(node, "label"), group.Elements(ns + "text").First().Value);
            Assert.Contains($"\n    {S(node, "id")}", mermaid);
            Assert.Contains($"\n    \"{S(node, "id")}\" [label=", dot);
        }
        Assert.StartsWith("%% application shop\nflowchart TB\n", mermaid);
        Assert.StartsWith("digraph \"shop\" {", dot);
        foreach (var edge in edges)
        {
            Assert.Contains($"{S(edge, "from")} -", mermaid);
            Assert.Contains($"\"{S(edge, "from")}\" -> \"{S(edge, "to")}\" [label=\"{S(edge, "kind")}\"", dot);
        }
    }

    [Fact]
    public async Task Another_team_gets_the_404_of_a_missing_application_an_admin_gets_the_graph_and_a_bad_format_is_400()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        using var bob = system.As("bob", "team-b");
        using var admin = system.As("root", null, "admin");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);

        foreach (var format in new[] { "", "?format=svg", "?format=mermaid" })
        {
            var hidden = await Expect.ProblemAsync(await bob.GetAsync("/api/graph/shop" + format), HttpStatusCode.NotFound, "Application not found");
            var missing = await Expect.ProblemAsync(await bob.GetAsync("/api/graph/no-such-app" + format), HttpStatusCode.NotFound, "Application not found");
            Assert.Equal(S(missing, "detail").Replace("no-such-app", "shop"), S(hidden, "detail"));
        }
        var adminGraph = await admin.GetFromJsonAsync<JsonElement>("/api/graph/shop");
        var badFormat = await Expect.ProblemAsync(await alice.GetAsync("/api/graph/shop?format=png"), HttpStatusCode.BadRequest, "Unknown graph format");
        var anonymous = await system.As(null).GetAsync("/api/graph/shop");

        Assert.Equal("team-a", S(adminGraph, "team"));
        Assert.Contains("json, mermaid, dot, svg", S(badFormat, "detail"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static double? Duration(JsonElement e) =>
        e.GetProperty("durationSeconds").ValueKind == JsonValueKind.Number ? e.GetProperty("durationSeconds").GetDouble() : null;

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
