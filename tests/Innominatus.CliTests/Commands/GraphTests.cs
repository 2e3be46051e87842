using System.Xml.Linq;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

[Collection(CliSystemCollection.Name)]
public class GraphTests(CliSystem system)
{
    [Fact]
    public async Task Graph_status_sums_up_resources_the_last_run_and_its_failed_step()
    {
        var cli = system.Cli();
        var name = await FailedDeploymentAsync(cli);

        var text = await cli.RunAsync("graph-status", name);
        var json = await cli.RunAsync("graph-status", name, "-o", "json");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains($"Application:  {name} (team team-a, active)", text.Out);
        Assert.Contains("Resources:    1: failed 1", text.Out);
        Assert.Contains("Last run:     create-flaky failed", text.Out);
        Assert.Contains("Failed steps: 1", text.Out);
        Assert.Matches(@"create-flaky\s+check\s+\d{4}-", text.Out);
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal(1, json.Json.GetProperty("resourcesByState").GetProperty("failed").GetInt32());
        Assert.Equal("failed", json.Json.GetProperty("lastRun").GetProperty("state").GetString());
        var step = Assert.Single(json.Json.GetProperty("failedSteps").EnumerateArray());
        Assert.Equal(("create-flaky", "check"), (step.GetProperty("workflow").GetString(), step.GetProperty("step").GetString()));
    }

    [Fact]
    public async Task Graph_export_writes_each_format_to_stdout_or_a_file_and_refuses_an_unknown_one()
    {
        var cli = system.Cli();
        var name = await FailedDeploymentAsync(cli);
        var file = Path.Combine(Directory.CreateTempSubdirectory("innominatus-graph-").FullName, "graph.svg");

        var json = await cli.RunAsync("graph-export", name);
        var mermaid = await cli.RunAsync("graph-export", name, "--format", "mermaid");
        var dot = await cli.RunAsync("graph-export", name, "--format", "dot");
        var svg = await cli.RunAsync("graph-export", name, "--format", "svg", "--file", file);
        var png = await cli.RunAsync("graph-export", name, "--format", "png");

        Assert.True(json.ExitCode == 0, json.ToString());
        var ids = json.Json.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Contains("res1", ids);
        Assert.StartsWith($"%% application {name}\nflowchart TB\n", mermaid.Out);
        Assert.StartsWith($"digraph \"{name}\" {{", dot.Out);
        Assert.True(svg.ExitCode == 0, svg.ToString());
        Assert.Equal("", svg.Out);
        Assert.Contains($"Wrote the svg graph of {name} to {file}", svg.Error);
        var groups = XDocument.Load(file).Descendants(XName.Get("g", "http://www.w3.org/2000/svg")).Select(g => (string?)g.Attribute("id")).ToList();
        Assert.All(ids, id =>
        {
            Assert.Contains($"node-{id}", groups);
            Assert.Contains($"\n    {id}", mermaid.Out);
            Assert.Contains($"\"{id}\" [label=", dot.Out);
        });
        Assert.Equal(2, png.ExitCode);
        Assert.Contains("png", Assert.Single(png.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Another_teams_application_is_not_found_with_exit_code_3()
    {
        var name = await FailedDeploymentAsync(system.Cli());

        var status = await system.Cli("bob", "team-b").RunAsync("graph-status", name);
        var export = await system.Cli("bob", "team-b").RunAsync("graph-export", name, "--format", "svg");

        Assert.Equal(3, status.ExitCode);
        Assert.Contains("Application not found", status.Error);
        Assert.Equal(3, export.ExitCode);
        Assert.Equal("", export.Out);
    }

    [Fact]
    public async Task Graph_export_of_one_run_draws_its_steps_and_needs_exactly_one_of_an_application_and_a_run()
    {
        var cli = system.Cli();
        var name = await FailedDeploymentAsync(cli);
        var run = (await cli.RunAsync("graph-export", name)).Json.GetProperty("nodes").EnumerateArray()
            .First(n => n.GetProperty("kind").GetString() == "run").GetProperty("name").GetString()!;

        var json = await cli.RunAsync("graph-export", "--run", run);
        var mermaid = await cli.RunAsync("graph-export", "--run", run, "--format", "mermaid");
        var both = await cli.RunAsync("graph-export", name, "--run", run);
        var neither = await cli.RunAsync("graph-export");
        var hidden = await system.Cli("bob", "team-b").RunAsync("graph-export", "--run", run);

        Assert.True(json.ExitCode == 0, json.ToString());
        var nodes = json.Json.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(run, Assert.Single(nodes, n => n.GetProperty("kind").GetString() == "run").GetProperty("name").GetString());
        Assert.Contains(nodes, n => n.GetProperty("kind").GetString() == "step" && n.GetProperty("name").GetString() == "check");
        Assert.StartsWith("%% workflow run create-flaky\nflowchart TB\n", mermaid.Out);
        Assert.Equal((2, 2), (both.ExitCode, neither.ExitCode));
        Assert.Contains("one of the two", both.Error);
        Assert.Equal(3, hidden.ExitCode);
        Assert.Contains("Workflow run not found", hidden.Error);
    }

    /// <summary>An application whose only resource's workflow failed at its step "check".</summary>
    private static async Task<string> FailedDeploymentAsync(CliRunner cli)
    {
        var name = Names.Unique("graph");
        var failed = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "flaky")), "--watch", "--timeout", "60s");
        Assert.True(failed.ExitCode == 1, failed.ToString());
        return name;
    }
}
