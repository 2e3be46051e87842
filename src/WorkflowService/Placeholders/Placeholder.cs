using System.Text;

namespace Innominatus.WorkflowService.Placeholders;

/// <summary>
/// Finds and substitutes <c>${...}</c> placeholders with the Score escaping rule: <c>$$</c> stands for one literal
/// <c>$</c>, so <c>$${x}</c> is the literal text <c>${x}</c>. Shared by Score specs and workflow definitions.
/// </summary>
public static class Placeholder
{
    public static PlaceholderScan Scan(string text)
    {
        var references = new List<PlaceholderReference>();
        var index = 0;
        while ((index = text.IndexOf('$', index)) >= 0 && index + 1 < text.Length)
        {
            if (text[index + 1] == '$')
            {
                index += 2;
                continue;
            }
            if (text[index + 1] != '{')
            {
                index++;
                continue;
            }
            var close = text.IndexOf('}', index + 2);
            if (close < 0)
                return new PlaceholderScan(references, index);
            references.Add(new PlaceholderReference(text[(index + 2)..close], index, close - index + 1));
            index = close + 1;
        }
        return new PlaceholderScan(references, null);
    }

    public static bool ContainsPlaceholders(string text) => Scan(text).References.Count > 0;

    /// <summary>Replaces each placeholder with what <paramref name="resolve"/> returns and unescapes <c>$$</c>.</summary>
    public static string Substitute(string text, Func<PlaceholderReference, string> resolve)
    {
        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var reference in Scan(text).References)
        {
            result.Append(Unescape(text[copied..reference.Start])).Append(resolve(reference));
            copied = reference.Start + reference.Length;
        }
        return result.Append(Unescape(text[copied..])).ToString();
    }

    /// <summary>Turns each <c>$$</c> into <c>$</c>; only for text that holds no placeholders.</summary>
    public static string Unescape(string text) => text.Replace("$$", "$", StringComparison.Ordinal);
}
