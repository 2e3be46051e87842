namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// <c>when:</c> <c>a == b</c>, <c>a != b</c>, <c>a contains b</c>, or a single value that is true unless empty,
/// <c>false</c>, <c>0</c>, <c>no</c> or <c>null</c>. The condition is split into operator and operands as written,
/// and only then are placeholders replaced inside each operand: a value holding <c>==</c> or quotes stays one operand.
/// Quotes written around an operand are ignored.
/// </summary>
public static class ConditionEvaluator
{
    public static bool Evaluate(string? condition, TemplateScope scope, ICollection<string> unresolved)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return true;
        }
        foreach (var (op, test) in Operators)
        {
            // Placeholder paths hold only letters, digits, '.', '_' and '-': an operator written in the condition is never inside one.
            var at = condition.IndexOf(op, StringComparison.Ordinal);
            if (at >= 0)
            {
                return test(Operand(condition[..at], scope, unresolved), Operand(condition[(at + op.Length)..], scope, unresolved));
            }
        }
        return Operand(condition, scope, unresolved).ToLowerInvariant() is not ("" or "false" or "0" or "no" or "null");
    }

    private static readonly (string Op, Func<string, string, bool> Test)[] Operators =
    [
        ("!=", (a, b) => !string.Equals(a, b, StringComparison.Ordinal)),
        ("==", (a, b) => string.Equals(a, b, StringComparison.Ordinal)),
        (" contains ", (a, b) => a.Contains(b, StringComparison.Ordinal)),
    ];

    private static string Operand(string written, TemplateScope scope, ICollection<string> unresolved) =>
        TemplateResolver.ResolveText(written.Trim().Trim('\'', '"'), scope, unresolved);
}
