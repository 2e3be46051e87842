namespace Innominatus.WorkflowService.Shared;

/// <summary>One reason a catalogue could not be loaded: where (source, file, path in the file, line) and why.</summary>
public sealed record CatalogLoadError(string Source, string? File, string? Path, string Message, int? Line = null)
{
    public override string ToString()
    {
        var where = string.Join(" ", new[] { File ?? Source, Line is null ? null : $"line {Line}", Path }.Where(p => p is not null));
        return $"{where}: {Message}";
    }
}
