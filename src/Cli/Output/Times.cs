using System.Globalization;

namespace Innominatus.Cli.Output;

public static class Times
{
    /// <summary>kubectl-style age: 45s, 12m, 3h, 5d.</summary>
    public static string Age(DateTimeOffset? at, DateTimeOffset now) => at is null ? "" : Span(now - at.Value);

    public static string Span(TimeSpan span) => span switch
    {
        { TotalSeconds: < 0 } => "0s",
        { TotalSeconds: < 120 } => $"{(int)span.TotalSeconds}s",
        { TotalMinutes: < 120 } => $"{(int)span.TotalMinutes}m",
        { TotalHours: < 48 } => $"{(int)span.TotalHours}h",
        _ => $"{(int)span.TotalDays}d",
    };

    public static string Stamp(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Clock(DateTimeOffset? at) => at?.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A duration or an absolute time, for --since: 30s, 15m, 2h, 7d, or an ISO 8601 timestamp.</summary>
    public static DateTimeOffset? ParseSince(string text, DateTimeOffset now)
    {
        if (text.Length > 1 && long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? span = text[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (span is not null)
            {
                return now - span.Value;
            }
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    /// <summary>Go-style durations for --timeout: 90s, 10m, 1h30m; a bare number is seconds.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
        }
        var total = TimeSpan.Zero;
        var match = System.Text.RegularExpressions.Regex.Matches(text, @"(\d+)(ms|h|m|s)");
        if (match.Count == 0 || string.Concat(match.Select(m => m.Value)) != text)
        {
            return null;
        }
        foreach (System.Text.RegularExpressions.Match m in match)
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch { "h" => TimeSpan.FromHours(n), "m" => TimeSpan.FromMinutes(n), "s" => TimeSpan.FromSeconds(n), _ => TimeSpan.FromMilliseconds(n) };
        }
        return total > TimeSpan.Zero ? total : null;
    }
}
