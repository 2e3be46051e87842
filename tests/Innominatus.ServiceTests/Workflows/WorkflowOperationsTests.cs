using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

public class WorkflowOperationsTests
{
    private const string FailsUntilFixed = """
          - name: prepare
            type: script
            config:
              script: echo prepared >> {work}/prepare.log
          - name: flaky
            type: script
            dependsOn: [prepare]
            config:
              script: |
                echo checking
                test -f {work}/fixed || { echo "not fixed yet" >&2; exit 3; }
                echo "result=ok" >> "$INNOMINATUS_OUTPUTS"
          - name: finish
            type: noop
            dependsOn: [flaky]
            outputs:
              from_flaky: "${steps.flaky.outputs.result}"

        """;

    [Fact]
    public async Task A_failed_step_says_why_and_retry_runs_again_from_it_without_redoing_what_succeeded()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["fix-me"] = FailsUntilFixed });
        var id = await engine.RunAsync("fix-me");

        var failed = await engine.WaitForAsync(id, "failed");
        File.WriteAllText(Path.Combine(engine.Work, "fixed"), "");
        (await engine.Client.PostAsync($"/api/workflows/{id}/retry", null)).EnsureSuccessStatusCode();
        var succeeded = await engine.WaitForAsync(id, "succeeded");

        Assert.Equal("step flaky failed: script exited with code 3", failed.GetProperty("error").GetString());
        Assert.Contains("not fixed yet", await engine.LogLinesAsync(id, "flaky"));
        Assert.Equal("succeeded", EngineHost.Step(succeeded, "prepare").GetProperty("state").GetString());
        Assert.Single(File.ReadAllLines(Path.Combine(engine.Work, "prepare.log")));
        Assert.Equal("ok", EngineHost.Step(succeeded, "finish").GetProperty("outputs").GetProperty("from_flaky").GetString());
        Assert.Equal(2, EngineHost.Step(succeeded, "flaky").GetProperty("attempt").GetInt32());
    }

    [Fact]
    public async Task Resume_from_a_step_reruns_it_and_what_follows_and_skip_records_its_reason()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["fix-me"] = FailsUntilFixed });
        var id = await engine.RunAsync("fix-me");
        await engine.WaitForAsync(id, "failed");

        var noReason = await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/flaky/skip", new { reason = "" });
        (await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/flaky/skip", new { reason = "fixed by hand" })).EnsureSuccessStatusCode();
        var skipped = await engine.WaitForAsync(id, "succeeded");
        var resumeUnknown = await engine.Client.PostAsync($"/api/workflows/{id}/resume?fromStep=nope", null);
        (await engine.Client.PostAsync($"/api/workflows/{id}/resume?fromStep=prepare", null)).EnsureSuccessStatusCode();
        var resumed = await engine.WaitForAsync(id, "failed");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("skipped by alice: fixed by hand", EngineHost.Step(skipped, "flaky").GetProperty("skipReason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, resumeUnknown.StatusCode);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(engine.Work, "prepare.log")).Length);
        Assert.Equal("failed", EngineHost.Step(resumed, "flaky").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Steps_retry_automatically_with_backoff_and_a_false_condition_skips_a_step()
    {
        var steps = """
              - name: third-time-lucky
                type: script
                retry: {count: 2, backoff: 100ms}
                config:
                  script: |
                    echo x >> {work}/attempts
                    test $(wc -l < {work}/attempts) -ge 3
              - name: only-for-large
                type: script
                when: "${parameters.size} == 'large'"
                config:
                  script: touch {work}/large
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["lucky"] = "parameters:\n  size: {type: string, default: small}\n---steps\n" + steps });
        var id = await engine.RunAsync("lucky");

        var run = await engine.WaitForAsync(id, "succeeded");

        Assert.Equal(3, EngineHost.Step(run, "third-time-lucky").GetProperty("attempt").GetInt32());
        Assert.Equal("skipped", EngineHost.Step(run, "only-for-large").GetProperty("state").GetString());
        Assert.Contains("is false", EngineHost.Step(run, "only-for-large").GetProperty("skipReason").GetString());
        Assert.False(File.Exists(Path.Combine(engine.Work, "large")));
    }

    [Fact]
    public async Task An_approval_step_pauses_the_run_until_someone_approves()
    {
        var steps = """
              - name: gate
                type: approval
                config: {message: "deploy to prod?"}
              - name: after
                type: script
                dependsOn: [gate]
                config:
                  script: touch {work}/after
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["gated"] = steps });
        var id = await engine.RunAsync("gated");

        var waiting = await engine.WaitForAsync(id, "waiting_approval");
        var early = File.Exists(Path.Combine(engine.Work, "after"));
        var wrongStep = await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/after/approve", new { reason = "go" });
        using var admin = engine.Service.CreateClient().As("root", "team-a", "admin");
        (await admin.PostAsJsonAsync($"/api/workflows/{id}/steps/gate/approve", new { reason = "go" })).EnsureSuccessStatusCode();
        var run = await engine.WaitForAsync(id, "succeeded");

        Assert.False(early);
        Assert.Equal("waiting_approval", EngineHost.Step(waiting, "gate").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, wrongStep.StatusCode);
        Assert.True(File.Exists(Path.Combine(engine.Work, "after")));
        Assert.Equal("root", EngineHost.Step(run, "gate").GetProperty("outputs").GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task A_step_over_its_timeout_fails_and_cancel_stops_a_running_step()
    {
        var steps = """
              - name: slow
                type: script
                timeout: 1s
                config:
                  script: sleep 30
            """;
        var forever = """
              - name: forever
                type: script
                config:
                  script: sleep 60
              - name: never
                type: noop
                dependsOn: [forever]
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["slow"] = steps, ["forever"] = forever });
        var slow = await engine.RunAsync("slow");
        var timedOut = await engine.WaitForAsync(slow, "failed");
        var id = await engine.RunAsync("forever");
        await Runs.WaitForStepAsync(engine.Client, "forever", "running", TimeSpan.FromSeconds(20));

        (await engine.Client.PostAsync($"/api/workflows/{id}/cancel", null)).EnsureSuccessStatusCode();
        var cancelled = await engine.WaitForAsync(id, "cancelled", seconds: 10);
        var cancelAgain = await engine.Client.PostAsync($"/api/workflows/{id}/cancel", null);

        Assert.Equal("timed out after 00:00:01", EngineHost.Step(timedOut, "slow").GetProperty("error").GetString());
        Assert.Equal("cancelled", EngineHost.Step(cancelled, "forever").GetProperty("state").GetString());
        Assert.Equal("cancelled", EngineHost.Step(cancelled, "never").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
    }
}
