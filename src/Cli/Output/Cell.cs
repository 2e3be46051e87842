namespace Innominatus.Cli.Output;

/// <summary>A table cell with a colour, shown only when colour is on.</summary>
public sealed record Cell(string Text, string? Colour)
{
    public static Cell State(string? state) => new(state ?? "", Ansi.ForState(state));
}
