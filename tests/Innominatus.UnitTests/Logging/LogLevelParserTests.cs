using Innominatus.ServiceDefaults.Logging;
using Microsoft.Extensions.Logging;

namespace Innominatus.UnitTests.Logging;

public class LogLevelParserTests
{
    [Theory]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("DEBUG", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("Information", LogLevel.Information)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData(" WARNING ", LogLevel.Warning)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("FATAL", LogLevel.Critical)]
    [InlineData("trace", LogLevel.Trace)]
    public void Accepts_the_level_names_of_the_deployment_guide_and_of_dotnet(string value, LogLevel expected)
    {
        Assert.True(LogLevelParser.TryParse(value, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("loud")]
    public void Refuses_anything_else(string? value) => Assert.False(LogLevelParser.TryParse(value, out _));

    [Theory]
    [InlineData(LogLevel.Information, "info")]
    [InlineData(LogLevel.Warning, "warn")]
    [InlineData(LogLevel.Critical, "fatal")]
    public void Names_levels_as_the_json_format_expects(LogLevel level, string name) => Assert.Equal(name, LogLevelParser.ToName(level));
}
