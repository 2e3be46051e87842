using System.Text;

namespace Innominatus.WorkflowService.Placeholders;

/// <summary>
/// Walks a shell script as the shell would quote it (single and double quotes, backslashes, comments,
/// here-documents) and rewrites each <c>${path}</c> placeholder with what <c>replace</c> returns for its context.
/// <c>$${</c> stays a literal <c>${</c>. Good enough for the quoting that decides expansion; it is not a shell parser.
/// </summary>
public static class ShellScriptScanner
{
    public static string Rewrite(string script, Func<string, ShellContext, string> replace)
    {
        var output = new StringBuilder(script.Length);
        var context = ShellContext.Unquoted;
        var heredocs = new Queue<(string Delimiter, bool Quoted, bool StripTabs)>();
        var i = 0;
        while (i < script.Length)
        {
            if (At(script, i, "$${"))
            {
                output.Append("${");
                i += 3;
                continue;
            }
            var close = At(script, i, "${") ? script.IndexOf('}', i + 2) : -1;
            if (close > 0)
            {
                output.Append(replace(script[(i + 2)..close].Trim(), context));
                i = close + 1;
                continue;
            }
            var c = script[i];
            if (context == ShellContext.Literal)
            {
                context = c == '\'' ? ShellContext.Unquoted : context;
            }
            else if (c == '\\' && i + 1 < script.Length)
            {
                output.Append(c).Append(script[i + 1]);
                i += 2;
                continue;
            }
            else if (context == ShellContext.DoubleQuoted)
            {
                context = c == '"' ? ShellContext.Unquoted : context;
            }
            else if (c is '\'' or '"')
            {
                context = c == '\'' ? ShellContext.Literal : ShellContext.DoubleQuoted;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(script[i - 1]) || script[i - 1] is ';' or '&' or '|' or '(' or ')'))
            {
                var end = script.IndexOf('\n', i);
                end = end < 0 ? script.Length : end;
                output.Append(script, i, end - i);
                i = end;
                continue;
            }
            else if (At(script, i, "<<") && !At(script, i, "<<<"))
            {
                var end = ReadHeredocStart(script, i, heredocs);
                output.Append(script, i, end - i);
                i = end;
                continue;
            }
            else if (c == '\n' && heredocs.Count > 0)
            {
                output.Append(c);
                i = Heredocs(script, i + 1, heredocs, output, replace);
                continue;
            }
            output.Append(c);
            i++;
        }
        return output.ToString();
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static int ReadHeredocStart(string script, int i, Queue<(string, bool, bool)> heredocs)
    {
        var j = i + 2;
        var stripTabs = j < script.Length && script[j] == '-';
        j += stripTabs ? 1 : 0;
        while (j < script.Length && script[j] is ' ' or '\t')
        {
            j++;
        }
        var start = j;
        while (j < script.Length && !char.IsWhiteSpace(script[j]) && script[j] is not (';' or '|' or '&' or '<' or '>' or ')'))
        {
            j++;
        }
        var word = script[start..j];
        var quoted = word.IndexOfAny(['\'', '"', '\\']) >= 0;
        if (word.Length > 0)
        {
            heredocs.Enqueue((word.Replace("'", "").Replace("\"", "").Replace("\\", ""), quoted, stripTabs));
        }
        return j;
    }

    /// <summary>Copies here-document bodies (from <paramref name="i"/>, the line after the command) up to their delimiters.</summary>
    private static int Heredocs(string script, int i, Queue<(string Delimiter, bool Quoted, bool StripTabs)> heredocs, StringBuilder output, Func<string, ShellContext, string> replace)
    {
        while (heredocs.TryDequeue(out var heredoc))
        {
            while (i < script.Length)
            {
                var end = script.IndexOf('\n', i);
                end = end < 0 ? script.Length : end + 1;
                var line = script[i..end];
                var bare = line.TrimEnd('\n');
                if ((heredoc.StripTabs ? bare.TrimStart('\t') : bare) == heredoc.Delimiter)
                {
                    output.Append(line);
                    i = end;
                    break;
                }
                output.Append(Body(line, heredoc.Quoted ? ShellContext.Literal : ShellContext.DoubleQuoted, replace));
                i = end;
            }
        }
        return i;
    }

    private static string Body(string line, ShellContext context, Func<string, ShellContext, string> replace) =>
        TemplateText.Substitute(line, path => replace(path, context));
}
