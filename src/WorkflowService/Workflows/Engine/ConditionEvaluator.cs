namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// <c>when:</c> after placeholders are replaced: <c>a == b</c>, <c>a != b</c>, <c>a contains b</c>, or a single value
/// that is true unless empty, <c>false</c>, <c>0</c> or <c>no</c>. Quotes around operands are ignored.
/// </summary>
public static class ConditionEvaluator
{
    public static bool Evaluate(string? condition, TemplateScope scope, ICollection<string> unresolved)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }
        var text = TemplateResolver.ResolveText(condition, scope, unresolved);
        foreach (var (op, test) in Operators)
        {
            var at = text.IndexOf(op, StringComparison.Ordinal);
            if (at >= 0)
            {
                return test(Operand(text[..at]), Operand(text[(at + op.Length)..]));
            }
        }
        return Operand(text).ToLowerInvariant() is not ("" or "false" or "0" or "no" or "null");
    }

    private static readonly (string Op, Func<string, string, bool> Test)[] Operators =
    [
        ("!=", (a, b) => !string.Equals(a, b, StringComparison.Ordinal)),
        ("==", (a, b) => string.Equals(a, b, StringComparison.Ordinal)),
        (" contains ", (a, b) => a.Contains(b, StringComparison.Ordinal)),
    ];

    private static string Operand(string text) => text.Trim().Trim('\'', '"');
}
