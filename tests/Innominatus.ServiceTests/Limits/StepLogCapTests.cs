using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Innominatus.ServiceTests.Infrastructure;
using Npgsql;

namespace Innominatus.ServiceTests.Limits;

/// <summary>
/// A step that prints without end keeps at most Workflows:Limits:MaxStepLogLines lines (10,000 by default) per
/// attempt; the rest are counted, and a marker line says how many were dropped, before the step's outcome line.
/// </summary>
public class StepLogCapTests
{
    [Fact]
    public async Task A_step_printing_past_the_cap_keeps_the_first_lines_and_says_how_many_were_dropped()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["noisy"] = "  - name: print\n    type: script\n    config:\n      script: seq 1 12500\n",
        });

        var run = await engine.WaitForAsync(await engine.RunAsync("noisy"), "succeeded", seconds: 120);

        var id = run.GetProperty("id").GetGuid();
        await using var connection = new NpgsqlConnection(engine.Service.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM workflow.step_logs WHERE execution_id = @id", connection);
        count.Parameters.AddWithValue("id", id);
        // 10,000 kept (the engine's "starting" line and 9,999 of the script's), the marker and the outcome line.
        Assert.Equal(10_002L, (long)(await count.ExecuteScalarAsync())!);
        var last = (await engine.Client.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}/logs?step=print&tail=3"))
            .EnumerateArray().Select(l => l.GetProperty("line").GetString()).ToArray();
        Assert.Equal("9999", last[0]);
        // 2,501 of the script's lines, and whatever the executor itself wrote after them.
        var marker = Regex.Match(last[1]!, "^… ([0-9]+) more lines dropped: the step's log is capped at 10000 lines$");
        Assert.True(marker.Success && int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2501, last[1]);
        Assert.StartsWith("step print succeeded in", last[2]);
    }
}
