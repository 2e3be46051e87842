using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Innominatus.ServiceDefaults.Health;

/// <summary>Writes a health report as JSON without exception details, which may carry connection strings.</summary>
internal static class HealthResponseWriter
{
    private static readonly DateTimeOffset StartedAt = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var now = DateTimeOffset.UtcNow;
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", StatusName(report.Status));
        json.WriteBoolean("ready", report.Status != HealthStatus.Unhealthy);
        json.WriteString("timestamp", now);
        json.WriteNumber("uptime_seconds", Math.Round((now - StartedAt).TotalSeconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", StatusName(entry.Status));
            if (entry.Description is { } description)
            {
                json.WriteString("message", description);
            }
            json.WriteNumber("latency_ms", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    private static string StatusName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
