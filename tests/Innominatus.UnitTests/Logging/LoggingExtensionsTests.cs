using Innominatus.ServiceDefaults.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Innominatus.UnitTests.Logging;

public class LoggingExtensionsTests
{
    [Fact]
    public void LOG_LEVEL_warn_hides_information_even_when_appsettings_say_otherwise()
    {
        using var host = Build(("Logging:LogLevel:Default", "Information"), ("LOG_LEVEL", "warn"));
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Innominatus.Test");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void LOG_LEVEL_debug_shows_debug()
    {
        using var host = Build(("LOG_LEVEL", "debug"));
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Innominatus.Test");

        Assert.True(logger.IsEnabled(LogLevel.Debug));
    }

    [Fact]
    public void An_unknown_LOG_LEVEL_stops_start_up_with_the_allowed_values()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("LOG_LEVEL", "loud")));
        Assert.Contains("trace, debug, info, warn, error, fatal", error.Message);
    }

    [Fact]
    public void LOG_FORMAT_json_selects_the_json_formatter()
    {
        using var host = Build(("LOG_FORMAT", "json"));

        var options = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(JsonLogFormatter.FormatterName, options.FormatterName);
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddInnominatusLogging();
        return builder.Build();
    }
}
