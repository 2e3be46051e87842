using System.Text.RegularExpressions;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Metrics;

/// <summary>Runs and steps show up in /metrics: runs by final status, step durations by type and outcome.</summary>
public class WorkflowMetricsTests
{
    [Fact]
    public async Task Finished_runs_are_counted_by_status_and_step_durations_by_type_and_outcome()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["good"] = "  - {name: a, type: noop}\n  - {name: b, type: noop, dependsOn: [a]}\n",
            ["bad"] = "  - {name: checks, type: policy, config: {script: \"echo denied; exit 3\"}}\n",
        });

        await engine.WaitForAsync(await engine.RunAsync("good"), "succeeded");
        var bad = await engine.WaitForAsync(await engine.RunAsync("bad"), "failed");
        var text = await engine.Client.GetStringAsync("/metrics");

        Assert.Equal(1, Value(text, """innominatus_workflows_executed_total\{[^}]*status="succeeded"[^}]*\}"""));
        Assert.Equal(1, Value(text, """innominatus_workflows_executed_total\{[^}]*status="failed"[^}]*\}"""));
        Assert.Equal(2, Value(text, """innominatus_workflow_step_duration_seconds_count\{(?=[^}]*status="succeeded")(?=[^}]*type="noop")[^}]*\}"""));
        Assert.Equal(1, Value(text, """innominatus_workflow_step_duration_seconds_count\{(?=[^}]*status="failed")(?=[^}]*type="policy")[^}]*\}"""));
        // A policy is a script whose non-zero exit fails the step; its output is the step's log.
        Assert.Equal("script exited with code 3", EngineHost.Step(bad, "checks").GetProperty("error").GetString());
        Assert.Contains("denied", await engine.LogLinesAsync(bad.GetProperty("id").GetGuid(), "checks"));
    }

    private static double Value(string metrics, string series)
    {
        var match = Regex.Match(metrics, series + @" (\S+)");
        Assert.True(match.Success, $"no series {series} in /metrics");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
