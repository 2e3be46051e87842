using System.Text.Json;
using Innominatus.CliTests.Infrastructure;
using Xunit.Abstractions;

namespace Innominatus.CliTests.Commands;

[Collection(CliSystemCollection.Name)]
public class WorkflowTests(CliSystem system, ITestOutputHelper output)
{
    [Fact]
    public async Task A_failed_deployment_exits_1_and_retry_with_watch_finishes_it()
    {
        var cli = system.Cli();
        var name = Names.Unique("flaky");

        var failed = await cli.RunAsync("deploy", Specs.Write(Specs.WithResource(name, "flaky")), "--watch", "--timeout", "60s");

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("create-flaky/check | marker missing", failed.Out);
        Assert.Contains("step check: failed", failed.Out);
        var error = Assert.Single(failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($@"^error: deployment of {name} failed: workflow create-flaky \(run [0-9a-f-]+\) failed at step check: ", error);

        var id = (await cli.RunAsync("workflows", "list", "--application", name, "--state", "failed", "-o", "json")).Json.GetProperty("items")[0].GetProperty("id").GetString()!;
        File.WriteAllText(TestCatalog.FlakyMarker(system.Work), "");
        try
        {
            var retried = await cli.RunAsync("retry", id, "--watch", "--timeout", "60s");
            output.WriteLine(failed.ToString());
            output.WriteLine(retried.ToString());

            Assert.True(retried.ExitCode == 0, retried.ToString());
            Assert.Contains("create-flaky/check | flaky is fine now", retried.Out);
            Assert.DoesNotContain("marker missing", retried.Out);
            Assert.Contains("workflow create-flaky succeeded", retried.Out);
            await Poll.UntilAsync(cli, ["status", name], app => app.GetProperty("resources")[0].GetProperty("state").GetString() == "active" ? app : null);
        }
        finally
        {
            File.Delete(TestCatalog.FlakyMarker(system.Work));
        }
    }

    [Fact]
    public async Task Run_starts_a_golden_path_with_JSON_or_string_parameters_and_watch_follows_it()
    {
        var cli = system.Cli();

        var result = await cli.RunAsync("run", "hello", "--param", "who=world", "-p", "times=3", "--watch");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Golden path hello started", result.Out);
        Assert.Contains("hello/greet | hello world x3", result.Out);
        Assert.Contains("workflow hello succeeded", result.Out);
    }

    [Fact]
    public async Task Run_with_plan_shows_the_steps_in_layers_and_runs_nothing_and_a_plan_with_problems_exits_1()
    {
        var cli = system.Cli();
        var before = (await cli.RunAsync("workflow", "list", "-o", "json")).Json.GetProperty("total").GetInt32();

        var planned = await cli.RunAsync("run", "hello", "--param", "who=world", "--plan");
        var asJson = await cli.RunAsync("run", "hello", "--param", "who=world", "--plan", "-o", "json");
        var refused = await cli.RunAsync("run", "hello", "--plan");

        Assert.True(planned.ExitCode == 0, planned.ToString());
        Assert.Contains("Plan for golden path hello (nothing runs):", planned.Out);
        Assert.Matches(@"(?m)^1\s+greet\s+script\s+deploy", planned.Out);
        Assert.Equal(["greet"], asJson.Json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("who", refused.Out);
        Assert.Equal("error: the plan has problems: the run would fail (see above)", refused.Error.Trim());
        Assert.Equal(before, (await cli.RunAsync("workflow", "list", "-o", "json")).Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Golden_path_parameters_are_checked_by_the_server()
    {
        var cli = system.Cli();

        var wrongType = await cli.RunAsync("run", "hello", "--param", "who=world", "--param", "times=\"3\"");
        var missing = await cli.RunAsync("run", "no-such-path");
        var malformed = await cli.RunAsync("run", "hello", "--param", "who");

        Assert.Equal(1, wrongType.ExitCode);
        Assert.StartsWith("error: The parameters for golden path 'hello' are not valid: parameters.times: ", wrongType.Error);
        Assert.Equal(3, missing.ExitCode);
        Assert.Equal(2, malformed.ExitCode);
    }

    [Fact]
    public async Task Approve_lets_a_waiting_run_go_on_and_logs_follow_it_to_the_end()
    {
        var cli = system.Cli();
        Assert.Equal(0, (await cli.RunAsync("run", "gated")).ExitCode);
        var id = await WaitingRunAsync(cli);

        var own = await cli.RunAsync("approve", id, "gate");
        var approved = await Approver().RunAsync("approve", id, "gate", "--comment", "looks good");
        var followed = await cli.RunAsync("logs", id, "--follow");

        Assert.Equal(4, own.ExitCode);
        Assert.StartsWith("error: Nobody decides or skips a gate of their own request: ", Assert.Single(own.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.True(approved.ExitCode == 0, approved.ToString());
        Assert.Contains($"Approved step gate of run {id}", approved.Out);
        Assert.True(followed.ExitCode == 0, followed.ToString());
        Assert.Contains("gate | waiting for approval: needs a yes", followed.Out);
        Assert.Contains("after | after the gate", followed.Out);
        Assert.Equal("succeeded", (await cli.RunAsync("workflow", "show", id, "-o", "json")).Json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Cancel_stops_a_run_and_a_second_cancel_is_a_failed_operation()
    {
        var cli = system.Cli();
        Assert.Equal(0, (await cli.RunAsync("run", "gated")).ExitCode);
        var id = await WaitingRunAsync(cli);

        var cancelled = await cli.RunAsync("cancel", id);
        var again = await cli.RunAsync("cancel", id);
        var rejectedLate = await cli.RunAsync("reject", id, "gate");

        Assert.True(cancelled.ExitCode == 0, cancelled.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: Not possible now: ", again.Error);
        Assert.Equal(1, rejectedLate.ExitCode);
    }

    [Fact]
    public async Task Skip_needs_a_reason_and_resume_needs_a_step()
    {
        var cli = system.Cli();
        Assert.Equal(0, (await cli.RunAsync("run", "gated")).ExitCode);
        var id = await WaitingRunAsync(cli);

        var noReason = await cli.RunAsync("skip", id, "gate");
        var skipped = await Approver().RunAsync("skip", id, "gate", "--reason", "tested elsewhere", "-o", "json");
        var unknownRun = await cli.RunAsync("resume", Guid.NewGuid().ToString(), "--from", "gate");

        Assert.Equal(2, noReason.ExitCode);
        Assert.True(skipped.ExitCode == 0, skipped.ToString());
        Assert.Equal("skipped", skipped.Json.GetProperty("steps")[0].GetProperty("state").GetString());
        Assert.Equal(3, unknownRun.ExitCode);
    }

    /// <summary>The gate names no approvers, so an admin other than the requester decides it.</summary>
    private CliRunner Approver() => system.Cli("root", "team-a", "admin");

    private async Task<string> WaitingRunAsync(CliRunner cli)
    {
        var run = await Poll.UntilAsync(cli, ["workflows", "list", "--kind", "golden-path", "--state", "waiting_approval"],
            page => page.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("name").GetString() == "gated").Select(r => (JsonElement?)r).FirstOrDefault());
        return run.GetProperty("id").GetString()!;
    }
}
