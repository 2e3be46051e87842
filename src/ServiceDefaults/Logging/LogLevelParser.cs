using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceDefaults.Logging;

/// <summary>Accepts the level names operators know from the Go original as well as .NET's own.</summary>
public static class LogLevelParser
{
    public static bool TryParse(string? value, out LogLevel level)
    {
        level = (value ?? "").Trim().ToLowerInvariant() switch
        {
            "trace" => LogLevel.Trace,
            "debug" => LogLevel.Debug,
            "info" or "information" => LogLevel.Information,
            "warn" or "warning" => LogLevel.Warning,
            "error" => LogLevel.Error,
            "fatal" or "critical" => LogLevel.Critical,
            _ => LogLevel.None,
        };
        return level != LogLevel.None;
    }

    public static string ToName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        LogLevel.Critical => "fatal",
        _ => "none",
    };
}
