using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

public class KillAndResumeTests
{
    [Fact]
    public async Task Killing_the_workflow_service_mid_run_loses_no_step_and_applies_none_twice()
    {
        var work = Directory.CreateTempSubdirectory("innominatus-kill-").FullName;
        var effects = Directory.CreateDirectory(Path.Combine(work, "effects")).FullName;
        if (!OperatingSystem.IsWindows())
        {
            // The steps' scripts run as an unprivileged user when the tests run as root.
            File.SetUnixFileMode(work, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(effects, (UnixFileMode)0b111_111_111);
        }
        var paths = GoldenPathFiles.Write(work, "five-steps", GoldenPathFiles.SlowSteps(5, effects, sleepSeconds: 1));
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__idp-orchestrator"] = TestInfrastructure.NewDatabaseConnectionString(),
            ["ConnectionStrings__messaging"] = TestInfrastructure.RabbitMq,
            ["GoldenPaths__Sources__0__Path"] = paths,
            ["InternalAuth__PublicKeys__0"] = InternalCallerTokens.Settings["InternalAuth:PublicKeys:0"],
            // The step running at the kill is queued again once its lease passes.
            ["Workflows__Leases__DurationSeconds"] = "3",
        };
        Guid runId;
        await using (var first = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment))
        {
            using var client = Caller.As(first.Client(), "alice", "team-a");
            (await client.PostAsJsonAsync("/api/golden-paths/five-steps/runs", new { parameters = new { } })).EnsureSuccessStatusCode();
            runId = await Runs.WaitForStepAsync(client, "step-3", "running", TimeSpan.FromSeconds(30));
            first.Kill();
        }
        var appliedBeforeKill = Directory.GetFiles(effects).Length;

        await using var second = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment);
        using var again = Caller.As(second.Client(), "alice", "team-a");
        var run = await Runs.WaitForStateAsync(again, runId, "succeeded", TimeSpan.FromSeconds(90));

        Assert.InRange(appliedBeforeKill, 2, 3);
        Assert.All(run.GetProperty("steps").EnumerateArray(), s => Assert.Equal("succeeded", s.GetProperty("state").GetString()));
        var applied = Directory.GetFiles(effects).Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal(["step-1", "step-2", "step-3", "step-4", "step-5"], applied);
        Assert.All(Directory.GetFiles(effects), f => Assert.Single(File.ReadAllLines(f)));
        foreach (var finished in new[] { "step-1", "step-2" })
        {
            var logs = await again.GetFromJsonAsync<JsonElement>($"/api/workflows/{runId}/logs?step={finished}");
            Assert.Single(logs.EnumerateArray(), l => l.GetProperty("line").GetString()!.StartsWith("starting", StringComparison.Ordinal));
        }
        Directory.Delete(work, recursive: true);
    }
}
