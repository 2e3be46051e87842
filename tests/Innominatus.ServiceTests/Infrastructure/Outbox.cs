using Npgsql;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Reads what the workflow service wrote to its outbox, oldest first.</summary>
public static class Outbox
{
    /// <summary>The events submissions write (the engine adds its own, at its own pace, which tests must not count).</summary>
    public static async Task<List<string>> TypesAsync(string connectionString) =>
        await QueryAsync(connectionString,
            "select message_type from workflow.outbox_messages where message_type like '%.ApplicationSubmitted' or message_type like '%.ResourceRequested' order by created_at, id",
            r => r.GetString(0));

    public static async Task<List<(string Resource, string Operation)>> RequestsAsync(string connectionString) =>
        await QueryAsync(connectionString,
            "select payload->>'resource', payload->>'operation' from workflow.outbox_messages where message_type like '%ResourceRequested' order by created_at, id",
            r => (r.GetString(0), r.GetString(1)));

    /// <summary>The audit records of approve, reject and skip decisions on one run, oldest first.</summary>
    public static async Task<List<(string Action, string Actor, string Outcome)>> DecisionsAsync(string connectionString, Guid run) =>
        await QueryAsync(connectionString,
            $"select payload->>'action', payload->>'actor', payload->>'outcome' from workflow.outbox_messages where message_type like '%.StepDecisionRecorded' and payload->>'executionId' = '{run}' order by created_at, id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    public static async Task<long> UnpublishedAsync(string connectionString) =>
        await TestInfrastructure.ScalarAsync<long>(connectionString, "select count(*) from workflow.outbox_messages where published_at is null");

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
