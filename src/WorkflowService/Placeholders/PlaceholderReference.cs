namespace Innominatus.WorkflowService.Placeholders;

/// <summary>One <c>${...}</c> found in a string: Expression is the text between the braces, Start the index of the '$'.</summary>
public sealed record PlaceholderReference(string Expression, int Start, int Length)
{
    /// <summary>The dot-separated parts, e.g. resources, db, host for <c>${resources.db.host}</c>.</summary>
    public IReadOnlyList<string> Segments { get; } = Expression.Split('.');

    public string Root => Segments[0];

    /// <summary>
    /// At least two parts, each of letters, digits, '_' or '-'. This is the rule the Score reference implementation
    /// (score-go) applies, so anything else, such as a shell <c>${HOME}</c>, must be escaped as <c>$${HOME}</c>.
    /// </summary>
    public bool IsWellFormed => Segments.Count >= 2 && Segments.All(IsWellFormedSegment);

    private static bool IsWellFormedSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
