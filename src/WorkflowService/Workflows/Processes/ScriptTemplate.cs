using Innominatus.WorkflowService.Placeholders;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>
/// Placeholders in a script are values, never script text: each becomes a quoted reference to an environment variable
/// (<c>"${INNOMINATUS_VALUE_1}"</c>, or <c>${INNOMINATUS_VALUE_1}</c> inside double quotes) that holds the value, so
/// <c>$(...)</c>, backticks, <c>;</c>, quotes or newlines in a value are inert data. A placeholder where the shell
/// expands nothing (single quotes, a quoted here-document) could not work this way and is refused.
/// </summary>
public static class ScriptTemplate
{
    public const string VariablePrefix = "INNOMINATUS_VALUE_";

    public static BoundScript Bind(string script, TemplateScope scope, ICollection<string> unresolved)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var text = ShellScriptScanner.Rewrite(script, (path, context) =>
        {
            if (context == ShellContext.Literal)
            {
                problems.Add(ScriptPlaceholderRule.Problem(path));
                return "${" + path + "}";
            }
            if (!names.TryGetValue(path, out var name))
            {
                name = VariablePrefix + (names.Count + 1);
                names[path] = name;
                values[name] = TemplateResolver.ValueText(scope.Lookup(path), path, unresolved);
            }
            return context == ShellContext.DoubleQuoted ? "${" + name + "}" : "\"${" + name + "}\"";
        });
        return new BoundScript(text, values, problems);
    }
}
