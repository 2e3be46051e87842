using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// Runs submitted one at a time to an idle engine: the time from submission to the first step starting with no queue
/// in front of it, which is what the Go original's 5 s poll costs every run.
/// </summary>
public static class IdleLatency
{
    public static async Task<double[]> MeasureAsync(HttpClient client, string database, string goldenPath, int runs)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var latencies = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var at = DateTimeOffset.UtcNow;
            var response = await client.PostAsJsonAsync($"/api/golden-paths/{goldenPath}/runs", new { parameters = new { } });
            response.EnsureSuccessStatusCode();
            var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetGuid();
            latencies.Add((await FirstStepStartedAsync(connection, runId) - at).TotalMilliseconds);
        }
        return [.. latencies.Order()];
    }

    private static async Task<DateTimeOffset> FirstStepStartedAsync(NpgsqlConnection connection, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        await using var command = new NpgsqlCommand(
            "select s.started_at from workflow.workflow_executions e join workflow.step_executions s on s.execution_id = e.id and s.position = 0 where e.request_id = @id and s.started_at is not null",
            connection);
        command.Parameters.AddWithValue("id", runId);
        while (DateTime.UtcNow < deadline)
        {
            if (await command.ExecuteScalarAsync() is DateTime started)
            {
                return new DateTimeOffset(DateTime.SpecifyKind(started, DateTimeKind.Utc));
            }
            await Task.Delay(2);
        }
        throw new BenchFailure($"run {runId}: its first step did not start within 30 s");
    }
}
