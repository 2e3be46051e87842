using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows.Leases;

/// <summary>
/// Real worker processes on one database and broker: one killed with SIGKILL in the middle of a step, two competing
/// for the same steps. Every step's body starts by appending a line to a file, so a line counts a start.
/// </summary>
public class WorkerDeathTests
{
    [Fact]
    public async Task A_step_whose_worker_is_killed_mid_step_runs_again_once_its_lease_passes_and_only_once()
    {
        var (work, environment) = Prepare("killed", """
              - name: long
                type: script
                config:
                  script: |
                    echo started >> {work}/runs
                    sleep 6
                    echo finished >> {work}/finished

            """);
        Guid runId;
        await using (var first = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment))
        {
            using var client = Caller.As(first.Client(), "alice", "team-a");
            (await client.PostAsJsonAsync("/api/golden-paths/killed/runs", new { parameters = new { } })).EnsureSuccessStatusCode();
            runId = await Runs.WaitForStepAsync(client, "long", "running", TimeSpan.FromSeconds(30));
            await StepTraces.WaitForLinesAsync(Path.Combine(work, "runs"), 1);
            first.Kill();
        }

        await using var second = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment);
        using var again = Caller.As(second.Client(), "alice", "team-a");
        await Runs.WaitForStateAsync(again, runId, "succeeded", TimeSpan.FromSeconds(60));

        Assert.Equal(2, File.ReadAllLines(Path.Combine(work, "runs")).Length);
        Assert.Single(File.ReadAllLines(Path.Combine(work, "finished")));
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task Two_workers_competing_for_fifty_steps_run_each_exactly_once()
    {
        var steps = string.Concat(Enumerable.Range(1, 50).Select(i =>
            $"  - name: step-{i}\n    type: script\n    config:\n      script: |\n        echo started >> {{work}}/step-{i}\n        sleep 0.5\n"));
        var (work, environment) = Prepare("fifty", steps);
        environment["Workflows__MaxConcurrentSteps"] = "4";
        // No worker dies here: a lease long enough that a busy machine's delayed heartbeat cannot let it pass.
        environment["Workflows__Leases__DurationSeconds"] = "15";
        environment["Workflows__Leases__HeartbeatSeconds"] = "1";
        await using var first = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment);
        await using var second = await ServiceProcess.StartAsync("Innominatus.WorkflowService", environment);
        using var client = Caller.As(first.Client(), "alice", "team-a");
        (await client.PostAsJsonAsync("/api/golden-paths/fifty/runs", new { parameters = new { } })).EnsureSuccessStatusCode();
        var runId = await Runs.WaitForStepAsync(client, "step-1", "succeeded", TimeSpan.FromSeconds(60));
        await Runs.WaitForStateAsync(client, runId, "succeeded", TimeSpan.FromSeconds(120));

        Assert.All(Enumerable.Range(1, 50), i => Assert.Single(File.ReadAllLines(Path.Combine(work, $"step-{i}"))));
        var workers = await TestInfrastructure.ScalarAsync<long>(environment["ConnectionStrings__idp-orchestrator"],
            $"SELECT count(DISTINCT worker_id) FROM workflow.step_executions WHERE execution_id = '{runId}'");
        Assert.Equal(2, workers);
        Directory.Delete(work, recursive: true);
    }

    private static (string Work, Dictionary<string, string> Environment) Prepare(string name, string steps)
    {
        var work = Directory.CreateTempSubdirectory("innominatus-lease-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // The steps' scripts run as an unprivileged user when the tests run as root.
            File.SetUnixFileMode(work, (UnixFileMode)0b111_111_111);
        }
        var paths = GoldenPathFiles.Write(work, name, steps.Replace("{work}", work, StringComparison.Ordinal));
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__idp-orchestrator"] = TestInfrastructure.NewDatabaseConnectionString(),
            ["ConnectionStrings__messaging"] = TestInfrastructure.RabbitMq,
            ["GoldenPaths__Sources__0__Path"] = paths,
            ["InternalAuth__PublicKeys__0"] = InternalCallerTokens.Settings["InternalAuth:PublicKeys:0"],
            ["Workflows__Leases__DurationSeconds"] = "2",
            ["Workflows__Leases__HeartbeatSeconds"] = "0.5",
            ["Workflows__Leases__ReaperSeconds"] = "0.5",
        };
        return (work, environment);
    }
}
