using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Naming rules for workflows, steps, parameters and outputs.</summary>
public static partial class DefinitionRules
{
    public const string NameMeaning = "a valid name: 1 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit";
    public const string KeyMeaning = "a valid key: 1 to 63 characters of letters, digits, '_' and '-', starting with a letter or '_'";

    /// <summary>Workflow and step names: DNS labels, so they can name Kubernetes objects and jobs.</summary>
    public static bool IsName(string name) => name.Length <= 63 && NamePattern().IsMatch(name);

    /// <summary>Parameter and output keys; these appear in placeholders such as <c>${parameters.app_name}</c>.</summary>
    public static bool IsKey(string key) => key.Length <= 63 && KeyPattern().IsMatch(key);

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
