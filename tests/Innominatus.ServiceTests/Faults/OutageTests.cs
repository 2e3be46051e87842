using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using Xunit.Abstractions;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// 100 runs of three script steps in flight while PostgreSQL stops for 10 s, or RabbitMQ restarts, on a pair of
/// servers of the test's own. Each step appends its idempotency key to one file, so its effect can be counted.
/// Every run must finish, nothing may be left queued or running, and every step's effect must be there exactly once.
/// </summary>
public class OutageTests(ITestOutputHelper output)
{
    private const int RunCount = 100;
    private const int StepsPerRun = 3;

    [Fact]
    public async Task PostgreSQL_stopped_for_10_s_with_100_runs_in_flight_leaves_every_run_finished_and_nothing_stuck()
    {
        await using var infra = await PrivateInfrastructure.StartAsync();
        await using var engine = await StartEngineAsync(infra);
        await StartRunsAsync(engine);
        await WaitForEffectsAsync(engine, RunCount / 2);

        await infra.StopPostgresAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await infra.StartPostgresAsync();

        await AssertAllFinishedAsync(engine);
    }

    [Fact]
    public async Task RabbitMQ_restarted_with_100_runs_in_flight_leaves_every_run_finished_and_nothing_stuck()
    {
        await using var infra = await PrivateInfrastructure.StartAsync();
        await using var engine = await StartEngineAsync(infra);
        await StartRunsAsync(engine);
        await WaitForEffectsAsync(engine, RunCount / 2);

        await infra.RestartRabbitMqAsync();

        // The restart hands back only the messages of steps not yet claimed: a claimed step's message is acknowledged,
        // and its lease keeps a redelivered duplicate from running it again.
        await AssertAllFinishedAsync(engine);
    }

    private static Task<EngineHost> StartEngineAsync(PrivateInfrastructure infra)
    {
        var steps = string.Concat(Enumerable.Range(1, StepsPerRun).Select(i =>
            $"  - name: step-{i}\n    type: script\n" + (i > 1 ? $"    dependsOn: [step-{i - 1}]\n" : "") +
            "    config:\n      script: |\n        echo \"$INNOMINATUS_IDEMPOTENCY_KEY\" >> {work}/effects\n        sleep 1\n"));
        // A step whose message is lost in the outage is sent again soon rather than after the default minute.
        var settings = new Dictionary<string, string>(infra.Settings) { ["Workflows:ResendQueuedAfterSeconds"] = "10" };
        return EngineHost.StartAsync(new Dictionary<string, string> { ["chain"] = steps }, settings, infra.NewDatabaseConnectionString());
    }

    private static async Task StartRunsAsync(EngineHost engine)
    {
        for (var i = 0; i < RunCount; i++)
        {
            var accepted = await engine.Client.PostAsJsonAsync("/api/golden-paths/chain/runs", new { parameters = new { } });
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        }
    }

    private static async Task WaitForEffectsAsync(EngineHost engine, int lines) =>
        await Eventually.TrueAsync(() => Task.FromResult(Effects(engine).Length >= lines), timeoutSeconds: 120);

    private async Task AssertAllFinishedAsync(EngineHost engine)
    {
        var database = engine.Service.DatabaseConnectionString;
        try
        {
            await Eventually.TrueAsync(async () =>
                await TestInfrastructure.ScalarAsync<long>(database, "SELECT count(*) FROM workflow.workflow_executions WHERE state = 'succeeded'") == RunCount,
                timeoutSeconds: 300);
        }
        finally
        {
            output.WriteLine(await TestInfrastructure.ScalarAsync<string>(database,
                "SELECT string_agg(state || ': ' || n, ', ') FROM (SELECT state, count(*) AS n FROM workflow.step_executions GROUP BY state) s") ?? "no steps");
        }
        Assert.Equal(0L, await TestInfrastructure.ScalarAsync<long>(database, "SELECT count(*) FROM workflow.step_executions WHERE state <> 'succeeded'"));
        Assert.Equal((long)RunCount * StepsPerRun, await TestInfrastructure.ScalarAsync<long>(database, "SELECT count(*) FROM workflow.step_executions"));

        var effects = Effects(engine).GroupBy(key => key).ToList();
        var twice = effects.Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        output.WriteLine($"{effects.Count} step effects, {twice.Count} applied more than once: {string.Join(", ", twice.Take(10))}");
        foreach (var key in twice.Take(3))
        {
            await ExplainAsync(engine, key);
        }
        Assert.Equal(RunCount * StepsPerRun, effects.Count);
        Assert.Empty(twice);
    }

    /// <summary>What the step's log and the engine's log say about a step whose effect is there twice.</summary>
    private async Task ExplainAsync(EngineHost engine, string idempotencyKey)
    {
        var stepId = Guid.ParseExact(idempotencyKey[..32], "N");
        output.WriteLine($"step {stepId}: " + await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT string_agg(to_char(at, 'HH24:MI:SS.MS') || ' ' || line, ' | ' ORDER BY id) FROM workflow.step_logs WHERE step_id = '{stepId}'"));
        foreach (var line in engine.Service.Logs.Lines.Where(l => l.Contains(stepId.ToString(), StringComparison.OrdinalIgnoreCase) || l.Contains(stepId.ToString("N"), StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine("  " + line);
        }
    }

    private static string[] Effects(EngineHost engine)
    {
        var path = Path.Combine(engine.Work, "effects");
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : [];
    }
}
