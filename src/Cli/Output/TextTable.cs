namespace Innominatus.Cli.Output;

/// <summary>
/// kubectl-style columns: upper-case headers, cells padded with spaces, no borders, one row per line, so that
/// grep, awk and cut work on it. Colour (on a terminal) never changes the alignment.
/// </summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<(string Text, string? Colour)[]> rows = [];

    public int Count => rows.Count;

    public TextTable Add(params object?[] cells)
    {
        rows.Add([.. cells.Select(c => c is Cell cell ? (cell.Text, cell.Colour) : (c?.ToString() ?? "", (string?)null))]);
        return this;
    }

    public void Write(TextWriter writer, bool colour)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Text.Length : 0))).ToArray();
        WriteRow(writer, [.. headers.Select(h => (h.ToUpperInvariant(), (string?)null))], widths, colour);
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths, colour);
        }
    }

    private static void WriteRow(TextWriter writer, (string Text, string? Colour)[] row, int[] widths, bool colour)
    {
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            var (text, hue) = row[i];
            line.Append(colour && hue is not null ? hue + text + Ansi.Reset : text);
            if (i < row.Length - 1)
            {
                line.Append(' ', widths[i] - text.Length + 3);
            }
        }
        writer.WriteLine(line.ToString().TrimEnd());
    }
}
