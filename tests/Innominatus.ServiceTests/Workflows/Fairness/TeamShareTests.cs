using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using Innominatus.ServiceTests.Workflows.Leases;
using Npgsql;

namespace Innominatus.ServiceTests.Workflows.Fairness;

/// <summary>
/// One team's burst of slow steps does not stand between another team's step and the engine: with four slots, one of
/// them reserved, the other team's step starts at once, before any step of the burst has ended, and every step still
/// runs once.
/// </summary>
public class TeamShareTests
{
    private const int Burst = 12;

    private const string Slow = """
          - name: only
            type: script
            config:
              script: |
                echo started >> {work}/runs
                sleep 4

        """;

    [Fact]
    public async Task Another_teams_step_starts_at_once_while_a_burst_holds_every_other_slot()
    {
        var settings = new Dictionary<string, string>
        {
            ["Workflows:MaxConcurrentSteps"] = "4", ["Workflows:Fairness:MaxTeamShare"] = "0.5", ["Workflows:Fairness:ReservedSlots"] = "1",
        };
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["slow"] = Slow }, settings);
        using var bob = Caller.As(engine.Service.CreateClient(), "bob", "team-b");

        for (var i = 0; i < Burst; i++)
        {
            await PostAsync(engine.Client);
        }
        // Team A fills every slot but the reserved one; its other commands wait behind them, team B's comes after.
        await StepTraces.WaitForLinesAsync(Path.Combine(engine.Work, "runs"), 3);
        await PostAsync(bob);
        await WaitAllSucceededAsync(engine.Service.DatabaseConnectionString, Burst + 1);

        var database = engine.Service.DatabaseConnectionString;
        Assert.True(await TestInfrastructure.ScalarAsync<bool>(database, """
            SELECT (SELECT s.started_at FROM workflow.step_executions s JOIN workflow.workflow_executions e ON e.id = s.execution_id WHERE e.team = 'team-b')
                 < (SELECT min(s.finished_at) FROM workflow.step_executions s JOIN workflow.workflow_executions e ON e.id = s.execution_id WHERE e.team <> 'team-b')
            """), "team B's step waited for one of team A's to end");
        var starts = await StartsAsync(database);
        var teamAFirst = starts.TakeWhile(s => s.Team != "team-b").Count();
        // Four were running when B's command arrived; at most one more round of A can have started before it got in.
        Assert.True(teamAFirst <= 8, $"{teamAFirst} of team A's {Burst} steps started before team B's: {string.Join(", ", starts.Select(s => s.Team))}");
        Assert.Equal(Burst + 1, starts.Count);
        Assert.All(starts, s => Assert.Equal(1, s.Attempt));
        Assert.Equal(Burst + 1, File.ReadAllLines(Path.Combine(engine.Work, "runs")).Length);
    }

    private static async Task PostAsync(HttpClient client)
    {
        var accepted = await client.PostAsJsonAsync("/api/golden-paths/slow/runs", new { parameters = new { } });
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
    }

    private static async Task WaitAllSucceededAsync(string database, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await TestInfrastructure.ScalarAsync<long>(database, "SELECT count(*) FROM workflow.step_executions WHERE state = 'succeeded'") < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"not all {count} steps succeeded within 90 s");
            await Task.Delay(200);
        }
    }

    private static async Task<List<(string Team, int Attempt)>> StartsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT e.team, s.attempt FROM workflow.step_executions s JOIN workflow.workflow_executions e ON e.id = s.execution_id ORDER BY s.started_at, s.id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var starts = new List<(string, int)>();
        while (await reader.ReadAsync())
        {
            starts.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        return starts;
    }
}
