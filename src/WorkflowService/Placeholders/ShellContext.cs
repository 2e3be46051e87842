namespace Innominatus.WorkflowService.Placeholders;

/// <summary>Where a placeholder sits in a shell script, which decides how a reference to its value must be written.</summary>
public enum ShellContext
{
    Unquoted,
    DoubleQuoted,

    /// <summary>Single quotes, <c>$'...'</c> or a quoted here-document: nothing expands there.</summary>
    Literal,
}
