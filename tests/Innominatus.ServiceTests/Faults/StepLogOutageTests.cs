using Innominatus.ServiceTests.Infrastructure;
using Npgsql;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// A step's lines are stored every half second while it runs. When the database refuses them for a while, the lines
/// of the refused batches are kept and stored later, in order, once each: none is lost.
/// </summary>
public class StepLogOutageTests
{
    [Fact]
    public async Task Lines_written_while_the_log_table_refuses_inserts_are_stored_later_in_order()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["slow-printer"] = "  - name: print\n    type: script\n    config:\n      script: for i in $(seq 1 30); do echo line-$i; sleep 0.2; done\n",
        });
        var connectionString = engine.Service.DatabaseConnectionString;

        var id = await engine.RunAsync("slow-printer");
        await Eventually.TrueAsync(async () => await CountAsync(connectionString, id) > 1, timeoutSeconds: 30);
        // NOT VALID: the rows already there stay; every new row is refused, as in an outage of the log table only.
        await TestInfrastructure.ScalarAsync<object>(connectionString,
            "ALTER TABLE workflow.step_logs ADD CONSTRAINT refuse_all CHECK (false) NOT VALID");
        var before = await CountAsync(connectionString, id);
        await Task.Delay(TimeSpan.FromSeconds(2));
        // Ten lines were printed in those two seconds and none could be stored: the outage really hit the flushes.
        var during = await CountAsync(connectionString, id);
        await TestInfrastructure.ScalarAsync<object>(connectionString, "ALTER TABLE workflow.step_logs DROP CONSTRAINT refuse_all");
        await engine.WaitForAsync(id, "succeeded", seconds: 60);

        Assert.Equal(before, during);
        var printed = await LinesAsync(connectionString, id);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"line-{i}"), printed.Where(l => l.StartsWith("line-", StringComparison.Ordinal)));
    }

    private static Task<long> CountAsync(string connectionString, Guid id) =>
        TestInfrastructure.ScalarAsync<long>(connectionString, $"SELECT count(*) FROM workflow.step_logs WHERE execution_id = '{id}'");

    private static async Task<List<string>> LinesAsync(string connectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT line FROM workflow.step_logs WHERE execution_id = '{id}' ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
