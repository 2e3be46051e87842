using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

/// <summary>Wraps steps (and optionally parameters and outputs) in a workflow file and returns the errors.</summary>
public static class WorkflowRules
{
    public static IReadOnlyList<DefinitionError> Errors(string steps, string parameters = "", string outputs = "")
    {
        var yaml = "apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: test}\n"
            + (parameters.Length > 0 ? $"parameters:\n{Indent(parameters)}" : "")
            + (outputs.Length > 0 ? $"outputs:\n{Indent(outputs)}" : "")
            + $"steps:\n{Indent(steps)}";
        return WorkflowDefinitionParser.Parse(yaml).Errors;
    }

    private static string Indent(string block) => string.Concat(block.Split('\n').Select(line => $"  {line}\n"));
}
