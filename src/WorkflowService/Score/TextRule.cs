using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Score;

/// <summary>A JSON Schema string constraint (length in Unicode code points, as JSON Schema counts, and a pattern).</summary>
internal sealed record TextRule(string Meaning, int MinLength = 0, int MaxLength = int.MaxValue, Regex? Pattern = null)
{
    public bool Accepts(string value)
    {
        var length = value.EnumerateRunes().Count();
        return length >= MinLength && length <= MaxLength && (Pattern?.IsMatch(value) ?? true);
    }
}
