namespace Innominatus.Cli.Output;

/// <summary>
/// Writes a command's result in the chosen format: the server's JSON pretty-printed (json, yaml) or a view for people
/// (table). Progress and notes go to stdout for tables and to stderr otherwise, so json/yaml on stdout stay parseable.
/// </summary>
public sealed class Printer(CliContext context, OutputFormat format)
{
    public OutputFormat Format { get; } = format;

    public bool IsTable => Format == OutputFormat.Table;

    public bool Colour => context.UseColour(context.OutputIsTerminal);

    public TextWriter Out => context.Out;

    /// <summary>Where progress lines go: with the table, or out of the way of json/yaml.</summary>
    public TextWriter Progress => IsTable ? context.Out : context.Error;

    private bool ProgressColour => IsTable ? Colour : context.UseColour(context.ErrorIsTerminal);

    public void Data(JsonElement value, Action<JsonElement> table)
    {
        switch (Format)
        {
            case OutputFormat.Json:
                Out.WriteLine(JsonText.Format(value));
                break;
            case OutputFormat.Yaml:
                Out.Write(YamlText.Format(value));
                break;
            default:
                table(value);
                break;
        }
    }

    /// <summary>A write command's answer: its message in table mode, the server's JSON otherwise.</summary>
    public void Done(JsonElement? value, string message)
    {
        if (IsTable)
        {
            Line(message);
        }
        else if (value is null)
        {
            Note(message);
        }
        else
        {
            Data(value.Value, _ => { });
        }
    }

    public void Line(string text = "") => Out.WriteLine(text);

    /// <summary>A progress line: with the table, or on stderr when stdout carries json/yaml.</summary>
    public void Note(string text)
    {
        Progress.WriteLine(text);
        Progress.Flush();
    }

    public void Table(TextTable table) => table.Write(Out, Colour);

    public string Paint(string text, string? colour) => Colour && colour is not null ? colour + text + Ansi.Reset : text;

    public string PaintProgress(string text, string? colour) => ProgressColour && colour is not null ? colour + text + Ansi.Reset : text;

    /// <summary>Label/value lines of a detail view, labels aligned.</summary>
    public void Details(params (string Label, string? Value)[] rows)
    {
        var width = rows.Max(r => r.Label.Length) + 2;
        foreach (var (label, value) in rows.Where(r => r.Value is not null))
        {
            Out.WriteLine((label + ":").PadRight(width) + value);
        }
    }
}
