namespace Innominatus.WorkflowService.Score;

/// <summary>A problem in a Score file. Path is a JSON path such as <c>$.containers.main.image</c> or <c>$.resources['my.db'].type</c>.</summary>
public sealed record ScoreError(string Path, string Message, int? Line = null, int? Column = null)
{
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}
