using System.Text.Json;
using Innominatus.CliTests.Infrastructure;
using Xunit.Abstractions;

namespace Innominatus.CliTests.Commands;

[Collection(CliSystemCollection.Name)]
public class DeployTests(CliSystem system, ITestOutputHelper output)
{
    [Fact]
    public async Task Deploy_with_plan_lists_each_resource_workflow_and_stores_nothing()
    {
        var cli = system.Cli();
        var name = Names.Unique("plan");

        var planned = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "--plan");

        Assert.True(planned.ExitCode == 0, planned.ToString());
        Assert.Contains($"Plan for {name} revision 1 (nothing was stored or applied):", planned.Out);
        Assert.Contains("create db (test-db, provider test-platform): workflow create-test-db", planned.Out);
        Assert.Matches(@"(?m)^2\s+provision\s+script\s+deploy", planned.Out);
        Assert.Equal(3, (await cli.RunAsync("status", name)).ExitCode);
    }

    [Fact]
    public async Task Deploy_with_watch_prints_steps_and_logs_live_and_ends_when_the_application_is_provisioned()
    {
        var cli = system.Cli();
        var name = Names.Unique("shop");

        var deployed = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "--watch", "--timeout", "90s");
        output.WriteLine(deployed.ToString());

        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        Assert.Contains($"Application {name} revision 1 accepted: db is being provisioned.", deployed.Out);
        Assert.Contains("workflow create-test-db started (run ", deployed.Out);
        Assert.Contains("  step prepare: succeeded", deployed.Out);
        Assert.Contains("  step provision: succeeded", deployed.Out);
        Assert.Contains("create-test-db/prepare | preparing db", deployed.Out);
        Assert.Contains("create-test-db/provision | provisioned db", deployed.Out);
        Assert.Contains("workflow create-test-db succeeded", deployed.Out);
        Assert.Matches(@"resource db: \w+ -> active", deployed.Out);
        Assert.True(deployed.Out.IndexOf("preparing db", StringComparison.Ordinal) < deployed.Out.IndexOf("provisioned db", StringComparison.Ordinal), deployed.Out);
        Assert.Equal("", deployed.Error);

        var status = await cli.RunAsync("status", name, "-o", "json");
        Assert.Equal(0, status.ExitCode);
        Assert.Equal("active", status.Json.GetProperty("resources")[0].GetProperty("state").GetString());
        var table = await cli.RunAsync("status", name);
        Assert.Matches(@"db\s+test-db\s+test-platform\s+active", table.Out);
    }

    [Fact]
    public async Task Read_commands_give_the_servers_JSON_and_YAML_which_parse_back()
    {
        var cli = system.Cli();
        var name = Names.Unique("reads");
        Assert.Equal(0, (await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "-w")).ExitCode);

        var list = await cli.RunAsync("list", "--search", name, "-o", "json");
        var app = Assert.Single(list.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(name, app.GetProperty("name").GetString());
        Assert.Equal("team-a", app.GetProperty("team").GetString());
        Assert.Contains($"name: {name}", (await cli.RunAsync("list", "--search", name, "-o", "yaml")).Out);
        Assert.Matches($@"{name}\s+team-a\s+active\s+1\s+1", (await cli.RunAsync("list", "--search", name)).Out);

        var revisions = await cli.RunAsync("revisions", name, "-o", "json");
        Assert.Equal(1, Assert.Single(revisions.Json.EnumerateArray()).GetProperty("revision").GetInt32());

        var runs = await cli.RunAsync("workflows", "list", "--application", name, "--since", "10m", "-o", "json");
        var run = Assert.Single(runs.Json.GetProperty("items").EnumerateArray());
        Assert.Equal("succeeded", run.GetProperty("state").GetString());
        var id = run.GetProperty("id").GetString()!;
        var shown = await cli.RunAsync("workflow", "show", id, "-o", "json");
        Assert.Equal(["prepare", "provision"], shown.Json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Matches(@"provision\s+script\s+deploy\s+succeeded\s+1/1", (await cli.RunAsync("workflow", "show", id)).Out);

        var resources = await cli.RunAsync("resources", "list", "--application", name, "-o", "json");
        var resource = Assert.Single(resources.Json.GetProperty("items").EnumerateArray());
        var detail = await cli.RunAsync("resources", "show", resource.GetProperty("id").GetString()!);
        Assert.Matches(@"provisioning\s+active", detail.Out);

        var providers = await cli.RunAsync("providers", "list", "-o", "json");
        Assert.Contains(providers.Json.EnumerateArray(), p => p.GetProperty("name").GetString() == "test-platform");
        Assert.Contains("Resource type flaky", (await cli.RunAsync("providers", "show", "test-platform")).Out);
        Assert.Equal(4, (await cli.RunAsync("providers", "reload")).ExitCode); // admins only
        var reloaded = await system.Cli("root", "platform", "admin").RunAsync("providers", "reload");
        Assert.True(reloaded.ExitCode == 0, reloaded.ToString());
        Assert.Contains("Providers reloaded: test-platform.", reloaded.Out);
        Assert.Matches(@"hello\s+test", (await cli.RunAsync("goldenpaths", "list")).Out);
        Assert.Matches(@"who\s+string\s+yes", (await cli.RunAsync("goldenpaths", "show", "hello")).Out);
    }

    [Fact]
    public async Task Logs_print_every_step_or_one_step_and_its_tail()
    {
        var cli = system.Cli();
        var name = Names.Unique("logs");
        Assert.Equal(0, (await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "-w")).ExitCode);
        var id = (await cli.RunAsync("workflows", "list", "-a", name, "-o", "json")).Json.GetProperty("items")[0].GetProperty("id").GetString()!;

        var all = await cli.RunAsync("logs", id);
        Assert.Equal(0, all.ExitCode);
        Assert.Contains("prepare | preparing db", all.Out);
        Assert.Contains("provision | provisioned db", all.Out);

        var one = await cli.RunAsync("logs", id, "--step", "provision", "--tail", "2");
        Assert.Equal("provisioned db", one.Out.Split('\n')[0]);
        Assert.Equal(3, one.Out.Split('\n').Length);

        var followed = await cli.RunAsync("logs", id, "-f");
        Assert.Equal(0, followed.ExitCode);
        Assert.Equal(1, followed.Out.Split('\n').Count(l => l.EndsWith("preparing db", StringComparison.Ordinal)));

        var json = await cli.RunAsync("logs", id, "-o", "json");
        Assert.Contains(json.Json.EnumerateArray(), l => l.GetProperty("line").GetString() == "preparing db");
    }

    [Fact]
    public async Task A_watch_that_outlasts_its_timeout_exits_1_naming_what_is_still_running()
    {
        var cli = system.Cli();
        var name = Names.Unique("slow");

        var result = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "slow")), "--watch", "--timeout", "5s");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("create-slow/wait | waiting", result.Out);
        Assert.Matches($"^error: timed out after 5s following {name}: resource db is provisioning, workflow create-slow is running\n$", result.Error);
    }

    [Fact]
    public async Task Deploying_the_same_spec_again_changes_nothing_and_the_watch_ends_at_once()
    {
        var cli = system.Cli();
        var file = Specs.Write(Specs.WithResource(Names.Unique("same"), "test-db"));
        Assert.Equal(0, (await cli.RunAsync("deploy", file, "-w")).ExitCode);

        var again = await cli.RunAsync("deploy", file, "-w");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("unchanged (revision 1)", again.Out);
        Assert.DoesNotContain("workflow create-test-db started", again.Out);
    }

    [Fact]
    public async Task A_dry_run_asks_the_server_and_stores_nothing()
    {
        var cli = system.Cli();
        var name = Names.Unique("dry");

        var fine = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "--dry-run");
        var unknown = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "no-such-type")), "--dry-run");

        Assert.True(fine.ExitCode == 0, fine.ToString());
        Assert.Contains($"the server would accept {name}", fine.Out);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("warning: $.resources.db.type: No provider offers resource type 'no-such-type'", unknown.Out);
        Assert.Equal(3, (await cli.RunAsync("status", name)).ExitCode);
    }

    [Fact]
    public async Task An_invalid_spec_is_refused_before_anything_is_sent()
    {
        var cli = system.Cli();
        var file = Specs.Write(Specs.Invalid);

        var result = await cli.RunAsync("deploy", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:3:3: $.metadata.name:", result.Out);
        Assert.Equal($"error: {file} is not a valid Score spec: 4 error(s); nothing was sent (see 'innominatus-ctl validate {file} --explain')\n", result.Error);
    }

    [Fact]
    public async Task Delete_refuses_while_resources_live_then_deprovision_watch_tears_down_and_delete_removes()
    {
        var cli = system.Cli();
        var name = Names.Unique("gone");
        Assert.Equal(0, (await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "-w")).ExitCode);

        var refused = await cli.RunAsync("delete", name);
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"error: Application still has resources: Deprovision '{name}' first", refused.Error);
        Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var deprovisioned = await cli.RunAsync("deprovision", name, "--watch", "--timeout", "60s");
        Assert.True(deprovisioned.ExitCode == 0, deprovisioned.ToString());
        Assert.Contains("workflow delete-test-db started", deprovisioned.Out);
        Assert.Matches(@"resource db: \w+ -> deleted", deprovisioned.Out);

        Assert.Equal(0, (await cli.RunAsync("delete", name)).ExitCode);
        var missing = await cli.RunAsync("status", name);
        Assert.Equal(3, missing.ExitCode);
        Assert.Equal($"error: Application not found: There is no application '{name}' you can see.\n", missing.Error);
    }

    [Fact]
    public async Task Json_output_of_a_watched_deployment_is_the_final_application_and_progress_goes_to_stderr()
    {
        var cli = system.Cli();
        var name = Names.Unique("json");

        var result = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "test-db")), "-w", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(name, result.Json.GetProperty("name").GetString());
        Assert.Equal("active", result.Json.GetProperty("resources")[0].GetProperty("state").GetString());
        Assert.Contains("step provision: succeeded", result.Error);
        _ = JsonDocument.Parse(result.Out);
    }
}
