using System.Text.Json.Serialization;

namespace Innominatus.WorkflowService.Score;

/// <summary>A problem in a Score file. Path is a JSON path such as <c>$.containers.main.image</c> or <c>$.resources['my.db'].type</c>.</summary>
/// <param name="TooLarge">The file is over a size limit (bytes or values, aliases expanded): the answer is a 413.</param>
public sealed record ScoreError(string Path, string Message, int? Line = null, int? Column = null, [property: JsonIgnore] bool TooLarge = false)
{
    public override string ToString() => Line is null ? $"{Path}: {Message}" : $"{Path} (line {Line}, column {Column}): {Message}";
}
