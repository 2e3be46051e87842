using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceDefaults.Logging;

public static class LoggingExtensions
{
    /// <summary>Honours <c>LOG_FORMAT=json</c> and <c>LOG_LEVEL</c> as the deployment guide documents them.</summary>
    public static TBuilder AddInnominatusLogging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (LogLevelParser.TryParse(builder.Configuration["LOG_LEVEL"], out var level))
        {
            // A rule without category added last wins over appsettings' "Default".
            builder.Logging.AddFilter(category: null, level);
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["LOG_LEVEL"]))
        {
            throw new InvalidOperationException(
                $"LOG_LEVEL '{builder.Configuration["LOG_LEVEL"]}' is not one of trace, debug, info, warn, error, fatal.");
        }

        if (string.Equals(builder.Configuration["LOG_FORMAT"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.FormatterName = JsonLogFormatter.FormatterName)
                .AddConsoleFormatter<JsonLogFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>();
        }
        return builder;
    }
}
