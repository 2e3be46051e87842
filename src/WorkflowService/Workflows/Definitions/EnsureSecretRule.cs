using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// <c>operation: ensure-secret</c> of a <c>kubernetes</c> step, checked when the workflow is read: <c>name</c> (the
/// Secret), <c>keys</c> (the values it must hold) and <c>length</c> (of a generated value, 16 to 128, default 24).
/// </summary>
public static partial class EnsureSecretRule
{
    public const string Operation = "ensure-secret";
    public const int DefaultLength = 24;
    public const int MinLength = 16;
    public const int MaxLength = 128;

    private static readonly string[] NotAllowed = ["manifest", "manifests", "wait"];

    public static bool Applies(JsonObject config) => config["operation"] is JsonValue op && op.ToString() == Operation;

    /// <summary>What is wrong with the config as written; a placeholder counts as a value and is checked once resolved.</summary>
    public static IReadOnlyList<string> Problems(JsonObject config)
    {
        var problems = new List<string>();
        if (config["name"] is not JsonValue name || name.ToString().Length == 0)
        {
            problems.Add($"{Operation} needs 'name': the Secret to read or create");
        }
        else if (!IsPlaceholder(name.ToString()) && !SecretName().IsMatch(name.ToString()))
        {
            problems.Add($"{Operation}: '{name}' is not a Secret name (lowercase letters, digits, '-' and '.')");
        }
        if (config["keys"] is not JsonArray keys || keys.Count == 0)
        {
            problems.Add($"{Operation} needs 'keys': a list of the values the Secret holds");
        }
        else
        {
            foreach (var key in keys)
            {
                if (key is not JsonValue value || !(IsPlaceholder(value.ToString()) || SecretKey().IsMatch(value.ToString())))
                {
                    problems.Add($"{Operation}: key '{key}' is not a Secret key (letters, digits, '-', '_' and '.')");
                }
            }
            if (keys.Select(k => k?.ToString()).Distinct().Count() != keys.Count)
            {
                problems.Add($"{Operation}: 'keys' names a key twice");
            }
        }
        if (config["length"] is { } length && !(length is JsonValue l && int.TryParse(l.ToString(), out var n) && n is >= MinLength and <= MaxLength))
        {
            problems.Add($"{Operation}: 'length' must be a number from {MinLength} to {MaxLength}");
        }
        problems.AddRange(NotAllowed.Where(config.ContainsKey).Select(key => $"{Operation} takes no '{key}': it reads or creates one Secret"));
        return problems;
    }

    private static bool IsPlaceholder(string value) => value.Contains("${", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex SecretName();

    [GeneratedRegex("^[-._a-zA-Z0-9]{1,253}$")]
    private static partial Regex SecretKey();
}
