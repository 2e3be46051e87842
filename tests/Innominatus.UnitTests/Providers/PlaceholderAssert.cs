using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Providers;

/// <summary>Checks that a workflow document only references parameters it declares and steps it has.</summary>
public static partial class PlaceholderAssert
{
    public static void ReferencesResolve(string yaml, WorkflowDefinition workflow)
    {
        Assert.Equal(AnyPlaceholder().Count(yaml), Placeholder().Count(yaml));
        foreach (Match reference in Placeholder().Matches(yaml))
        {
            var (scope, name) = (reference.Groups["scope"].Value, reference.Groups["name"].Value);
            var known = scope == "parameters" ? workflow.Parameters.ContainsKey(name) : workflow.Steps.Any(s => s.Name == name);
            Assert.True(known, $"{reference.Value} references no declared {scope}");
        }
        Assert.All(workflow.Steps.SelectMany(s => s.DependsOn), d => Assert.Contains(d, workflow.Steps.Select(s => s.Name)));
    }

    // ${parameters.X} and ${steps.X.outputs.Y}; $${ is an escape and not a reference.
    [GeneratedRegex(@"(?<!\$)\$\{(?<scope>parameters|steps)\.(?<name>[a-z0-9_-]+)[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<!\$)\$\{")]
    private static partial Regex AnyPlaceholder();
}
