using Innominatus.UnitTests.GoldenPaths;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Limits;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Limits;

/// <summary>
/// A step's timeout above Workflows:Limits:MaxStepTimeout (24h by default) is refused wherever a definition is read,
/// naming the step and the limit; the engine caps what it arms at the same limit.
/// </summary>
public class StepTimeoutLimitTests
{
    private const string Limit = "over the limit of 24h (Workflows:Limits:MaxStepTimeout)";

    [Theory]
    [InlineData("25h")]
    [InlineData("1200h")] // 50 days: beyond what a CancellationTokenSource accepts
    [InlineData("999999h")]
    public void A_workflow_file_with_a_timeout_over_the_limit_is_refused(string timeout)
    {
        var result = WorkflowDefinitionParser.Parse(Workflow(timeout));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.steps[0].timeout", error.Path);
        Assert.Equal($"step 'build' asks for a timeout of {timeout}, {Limit}", error.Message);
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("23h59m59s")]
    public void A_timeout_up_to_the_limit_is_accepted(string timeout) =>
        Assert.True(WorkflowDefinitionParser.Parse(Workflow(timeout)).IsValid);

    [Fact]
    public void A_golden_path_with_a_timeout_over_the_limit_is_refused()
    {
        var yaml = TestGoldenPaths.DeployApp.Replace("type: kubernetes", "type: kubernetes\n    timeout: 48h", StringComparison.Ordinal);

        var result = GoldenPathParser.Parse(yaml, "deploy-app.yaml", "deploy-app");

        Assert.Contains(result.Errors, e => e.Message == $"step 'apply' asks for a timeout of 48h, {Limit}");
    }

    [Fact]
    public void An_inline_Score_workflow_with_a_timeout_over_the_limit_is_refused()
    {
        const string yaml = "apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers: {main: {image: nginx}}\n"
            + "workflows:\n  setup:\n    steps: [{name: migrate, type: noop, timeout: 100h}]\n";

        var error = Assert.Single(ScoreParser.Parse(yaml).Errors);

        Assert.Equal("$.workflows.setup.steps[0].timeout", error.Path);
        Assert.Equal($"step 'migrate' asks for a timeout of 100h, {Limit}", error.Message);
    }

    [Fact]
    public void The_engine_never_arms_a_timeout_over_the_limit() =>
        Assert.Equal(
            [TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), TimeSpan.FromHours(24)],
            new[] { TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), TimeSpan.FromDays(60) }.Select(WorkflowLimits.Cap));

    [Theory]
    [InlineData("MaxStepTimeout", "1200h")] // the limit itself may not pass what timers accept
    [InlineData("MaxStepTimeout", "0s")]
    [InlineData("MaxStepTimeout", "a day")]
    [InlineData("MaxStepLogLines", "0")]
    [InlineData("MaxStepLogLines", "many")]
    public void A_bad_limit_stops_the_service_at_start_up(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"Workflows:Limits:{key}"] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => WorkflowLimitsSetup.Configure(configuration));

        Assert.StartsWith($"Workflows:Limits:{key} must be", error.Message);
        Assert.Equal((TimeSpan.FromHours(24), 10_000), (WorkflowLimits.MaxStepTimeout, WorkflowLimits.MaxStepLogLines));
    }

    [Theory]
    [InlineData(90, "1m30s")]
    [InlineData(86400, "24h")]
    [InlineData(93784, "26h3m4s")]
    public void Limits_are_described_as_definitions_write_them(int seconds, string text) =>
        Assert.Equal(text, WorkflowLimits.Describe(TimeSpan.FromSeconds(seconds)));

    private static string Workflow(string timeout) =>
        $"apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {{name: w}}\nsteps:\n  - {{name: build, type: noop, timeout: {timeout}}}\n";
}
