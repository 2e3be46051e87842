using System.Globalization;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows;

/// <summary>Durations as people write them in workflow files: 30s, 5m, 1h30m, 250ms.</summary>
public static partial class Durations
{
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var matches = Part().Matches(text.Trim());
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text.Trim())
        {
            return null;
        }
        return matches.Aggregate(TimeSpan.Zero, (total, m) => total + Unit(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value));
    }

    private static TimeSpan Unit(double value, string unit) => unit switch
    {
        "ms" => TimeSpan.FromMilliseconds(value),
        "s" => TimeSpan.FromSeconds(value),
        "m" => TimeSpan.FromMinutes(value),
        _ => TimeSpan.FromHours(value),
    };

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|s|m|h)")]
    private static partial Regex Part();
}
