namespace Innominatus.WorkflowService.Placeholders;

/// <summary>One <c>${...}</c> found in a string: Expression is the text between the braces, Start the index of the '$'.</summary>
public sealed record PlaceholderReference(string Expression, int Start, int Length)
{
    /// <summary>The dot-separated parts, e.g. resources, db, host for <c>${resources.db.host}</c>.</summary>
    public IReadOnlyList<string> Segments { get; } = Expression.Split('.');

    public string Root => Segments[0];

    /// <summary>The placeholder as written, e.g. <c>${resources.db.host}</c>.</summary>
    public string Text => $"${{{Expression}}}";

    /// <summary>
    /// At least two parts, each of letters, digits, '_' or '-'. This is the rule the Score reference implementation
    /// (score-go) applies, so anything else, such as a shell <c>${HOME}</c>, must be escaped as <c>$${HOME}</c>.
    /// </summary>
    public bool IsWellFormed => Segments.Count >= 2 && Segments.All(IsWellFormedSegment);

    /// <summary>Why the placeholder is not well formed, or null when it is.</summary>
    public string? FormProblem => IsWellFormed ? null
        : $"placeholder {Text} is malformed: it needs at least two parts separated by '.', each of letters, digits, '_' or '-' (write $$ for a literal $)";

    private static bool IsWellFormedSegment(string segment) =>
        segment.Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
