using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// N golden-path runs submitted at once (32 requests in flight): steps per second from the first submission to the
/// last of these runs finishing, and each run's time from its submission to its first step starting.
/// </summary>
public sealed record WorkflowBurst(int Runs, double SubmitSeconds, double TotalSeconds, double StepsPerSecond, double P50Ms, double P99Ms)
{
    public static async Task<WorkflowBurst> MeasureAsync(HttpClient client, string database, string goldenPath, int runs, int stepsPerRun)
    {
        var submitted = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, runs), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, ct) =>
        {
            var at = DateTimeOffset.UtcNow;
            var response = await client.PostAsJsonAsync($"/api/golden-paths/{goldenPath}/runs", new { parameters = new { } }, ct);
            response.EnsureSuccessStatusCode();
            submitted[(await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runId").GetGuid()] = at;
        });
        var submitSeconds = clock.Elapsed.TotalSeconds;
        var ids = submitted.Keys.ToArray();
        await WaitForAsync(database, ids, TimeSpan.FromMinutes(10));
        var (firstStarts, lastFinish) = await ReadAsync(database, ids);
        var latencies = firstStarts.Select(f => (f.StartedAt - submitted[f.RunId]).TotalMilliseconds).Order().ToArray();
        var total = (lastFinish - submitted.Values.Min()).TotalSeconds;
        return new WorkflowBurst(runs, submitSeconds, total, runs * stepsPerRun / total,
            latencies[latencies.Length / 2], latencies[Math.Min(latencies.Length - 1, (int)(latencies.Length * 0.99))]);
    }

    private static async Task WaitForAsync(string database, Guid[] ids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) filter (where state = 'succeeded'), count(*) filter (where state in ('failed','cancelled')) from workflow.workflow_executions where request_id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        while (true)
        {
            await using (var reader = await command.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                var (succeeded, failed) = (reader.GetInt64(0), reader.GetInt64(1));
                if (failed > 0)
                {
                    throw new BenchFailure($"{failed} run(s) failed");
                }
                if (succeeded >= ids.Length)
                {
                    return;
                }
                if (DateTime.UtcNow > deadline)
                {
                    throw new BenchFailure($"only {succeeded} of {ids.Length} runs succeeded in {timeout}");
                }
            }
            await Task.Delay(200);
        }
    }

    private static async Task<(List<(Guid RunId, DateTimeOffset StartedAt)>, DateTimeOffset)> ReadAsync(string database, Guid[] ids)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var firsts = new List<(Guid, DateTimeOffset)>();
        await using (var command = new NpgsqlCommand(
            "select e.request_id, s.started_at from workflow.workflow_executions e join workflow.step_executions s on s.execution_id = e.id and s.position = 0 where e.request_id = any(@ids)", connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                firsts.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
            }
        }
        await using var last = new NpgsqlCommand("select max(finished_at) from workflow.workflow_executions where request_id = any(@ids)", connection);
        last.Parameters.AddWithValue("ids", ids);
        return (firsts, new DateTimeOffset(DateTime.SpecifyKind((DateTime)(await last.ExecuteScalarAsync())!, DateTimeKind.Utc)));
    }
}
