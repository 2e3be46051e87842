using Innominatus.WorkflowService.Placeholders;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// A script's placeholders are passed as values through environment variables, which the shell expands only outside
/// single quotes: a placeholder where nothing expands (single quotes, a quoted here-document) could never work.
/// </summary>
public static class ScriptPlaceholderRule
{
    public const string Rule = "script placeholders are passed as values";

    public static string Problem(string path) =>
        $"{Rule}: placeholder ${{{path}}} is inside single quotes (or a quoted here-document), where the shell expands nothing; use double quotes";

    public static IReadOnlyList<string> Problems(string script)
    {
        var problems = new List<string>();
        ShellScriptScanner.Rewrite(script, (path, context) =>
        {
            if (context == ShellContext.Literal)
            {
                problems.Add(Problem(path));
            }
            return "";
        });
        return problems;
    }
}
