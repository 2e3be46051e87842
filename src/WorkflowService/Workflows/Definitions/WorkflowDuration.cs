using System.Globalization;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Durations written as hours, minutes, seconds and milliseconds in that order: 30s, 5m, 1h, 1h30m, 500ms.</summary>
public static partial class WorkflowDuration
{
    public const string Meaning = "a duration such as 30s, 5m, 1h or 1h30m";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? null : Pattern().Match(text);
        if (match is null || !match.Success || text!.Length == 0)
            return false;
        duration = TimeSpan.FromHours(Part(match, "h")) + TimeSpan.FromMinutes(Part(match, "m"))
            + TimeSpan.FromSeconds(Part(match, "s")) + TimeSpan.FromMilliseconds(Part(match, "ms"));
        return true;
    }

    private static long Part(Match match, string unit) =>
        match.Groups[unit].Success ? long.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) : 0;

    // Digit counts are capped so that every accepted duration fits in a TimeSpan.
    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,6})h)?(?:(?<m>[0-9]{1,6})m)?(?:(?<s>[0-9]{1,6})s)?(?:(?<ms>[0-9]{1,9})ms)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
