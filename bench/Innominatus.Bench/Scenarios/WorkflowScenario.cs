using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// N golden-path runs of 5 chained no-op steps submitted at once to a real WorkflowService process (real PostgreSQL and
/// RabbitMQ). Prints steps per second and the time from submission to the first step starting, each against its target
/// of issue #16 on 2 cores: at least 1,000 steps/s; first step p50 under 500 ms in the burst and under 20 ms when idle
/// (the Go original polls every 5 s).
/// </summary>
public static class WorkflowScenario
{
    private const int StepsPerRun = 5;
    private const int IdleRuns = 50;
    private const double TargetStepsPerSecond = 1_000;
    private const double TargetBurstP50Ms = 500;
    private const double TargetIdleP50Ms = 20;

    public static async Task RunAsync(BenchOptions options)
    {
        var work = Directory.CreateTempSubdirectory("innominatus-bench-paths-").FullName;
        WriteGoldenPath(work);
        await using var service = await BenchWorkflowService.StartAsync(new Dictionary<string, string>
        {
            ["GoldenPaths__Sources__0__Path"] = work,
            ["Workloads__Deploy"] = "false",
        });
        var (client, database) = (service.Client, service.Database);

        Console.WriteLine($"{Environment.ProcessorCount} cores: submitting {options.Runs} runs of {StepsPerRun} no-op steps at once");
        var submitted = new System.Collections.Concurrent.ConcurrentDictionary<Guid, DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Runs), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, ct) =>
        {
            var at = DateTimeOffset.UtcNow;
            var response = await client.PostAsJsonAsync("/api/golden-paths/noop5/runs", new { parameters = new { } }, ct);
            response.EnsureSuccessStatusCode();
            submitted[(await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runId").GetGuid()] = at;
        });
        var submitSeconds = clock.Elapsed.TotalSeconds;
        await WaitForAsync(database, options.Runs, TimeSpan.FromMinutes(10));
        var (firstStarts, lastFinish) = await ReadAsync(database);
        var latencies = firstStarts.Where(f => submitted.ContainsKey(f.RunId)).Select(f => (f.StartedAt - submitted[f.RunId]).TotalMilliseconds).Order().ToArray();
        var total = (lastFinish - submitted.Values.Min()).TotalSeconds;
        var stepsPerSecond = options.Runs * StepsPerRun / total;
        var p50 = latencies[latencies.Length / 2];
        var p99 = latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * 0.99))];
        Console.WriteLine($"submitted in {submitSeconds:0.0} s; all {options.Runs} runs succeeded {total:0.0} s after the first submission");
        Console.WriteLine($"{stepsPerSecond:0} steps/s (target >= {TargetStepsPerSecond:0}: {Verdict(stepsPerSecond >= TargetStepsPerSecond)})");
        Console.WriteLine($"submission to first step started: p50 {p50:0} ms, p99 {p99:0} ms (target p50 < {TargetBurstP50Ms:0} ms: {Verdict(p50 < TargetBurstP50Ms)})");
        var idle = await IdleLatency.MeasureAsync(client, database, "noop5", IdleRuns);
        var idleP50 = idle[idle.Length / 2];
        Console.WriteLine($"one run at a time on the idle engine ({IdleRuns} runs): submission to first step started p50 {idleP50:0} ms, p99 {idle[^1]:0} ms (target p50 < {TargetIdleP50Ms:0} ms: {Verdict(idleP50 < TargetIdleP50Ms)})");
        Directory.Delete(work, recursive: true);
    }

    private static string Verdict(bool met) => met ? "met" : "missed";

    private static void WriteGoldenPath(string folder)
    {
        var steps = string.Concat(Enumerable.Range(1, StepsPerRun).Select(i =>
            $"  - name: step-{i}\n    type: noop\n" + (i > 1 ? $"    dependsOn: [step-{i - 1}]\n" : "")));
        File.WriteAllText(Path.Combine(folder, "noop5.yaml"),
            $"apiVersion: innominatus.dev/v1\nkind: GoldenPath\nmetadata:\n  name: noop5\n  description: Benchmark.\n  category: benchmark\nsteps:\n{steps}");
    }

    private static async Task WaitForAsync(string database, int runs, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select count(*) filter (where state = 'succeeded'), count(*) filter (where state in ('failed','cancelled')) from workflow.workflow_executions", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (succeeded, failed) = (reader.GetInt64(0), reader.GetInt64(1));
            if (failed > 0)
            {
                throw new InvalidOperationException($"{failed} run(s) failed");
            }
            if (succeeded >= runs)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"only {succeeded} of {runs} runs succeeded in {timeout}");
            }
            await Task.Delay(200);
        }
    }

    private static async Task<(List<(Guid RunId, DateTimeOffset StartedAt)>, DateTimeOffset)> ReadAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var firsts = new List<(Guid, DateTimeOffset)>();
        await using (var command = new NpgsqlCommand(
            "select e.request_id, s.started_at from workflow.workflow_executions e join workflow.step_executions s on s.execution_id = e.id and s.position = 0", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                firsts.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
            }
        }
        await using var last = new NpgsqlCommand("select max(finished_at) from workflow.workflow_executions", connection);
        return (firsts, new DateTimeOffset(DateTime.SpecifyKind((DateTime)(await last.ExecuteScalarAsync())!, DateTimeKind.Utc)));
    }
}
