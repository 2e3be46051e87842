using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

public class WorkflowDurationTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3_600)]
    [InlineData("1h30m", 5_400)]
    [InlineData("2m30s", 150)]
    [InlineData("0s", 0)]
    [InlineData("1500ms", 1.5)]
    public void Parses_hours_minutes_seconds_and_milliseconds(string text, double seconds)
    {
        Assert.True(WorkflowDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5 m")]
    [InlineData("30m1h")]
    [InlineData("1d")]
    [InlineData("-5s")]
    [InlineData("1.5h")]
    [InlineData("9999999h")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(WorkflowDuration.TryParse(text, out _));
}
