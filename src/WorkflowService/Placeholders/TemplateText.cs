using System.Text;

namespace Innominatus.WorkflowService.Placeholders;

/// <summary>
/// The engine's placeholder syntax in one place: every <c>${path}</c> is replaced by what <c>replace</c> returns for
/// the (trimmed) path; <c>$${</c> stays a literal <c>${</c>. The replacement is never scanned again.
/// </summary>
public static class TemplateText
{
    public static string Substitute(string text, Func<string, string> replace)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "$${", 0, 3) == 0)
            {
                result.Append("${");
                i += 3;
                continue;
            }
            var end = string.CompareOrdinal(text, i, "${", 0, 2) == 0 ? text.IndexOf('}', i + 2) : -1;
            if (end < 0)
            {
                result.Append(text[i++]);
                continue;
            }
            result.Append(replace(text[(i + 2)..end].Trim()));
            i = end + 1;
        }
        return result.ToString();
    }
}
