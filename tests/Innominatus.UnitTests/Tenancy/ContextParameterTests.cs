using System.Text.Json;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Tenancy;

public class ContextParameterTests
{
    private static readonly WorkflowDefinition Workflow = WorkflowDefinitionParser.Parse(
        "apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: create-db}\nparameters:\n"
        + "  namespace: {type: string}\n  app_name: {type: string}\n  team: {type: string}\n  size: {type: string, default: small}\n"
        + "steps:\n  - {name: a, type: noop}\n").Value!;

    [Theory]
    [InlineData("create")]
    [InlineData("delete")]
    public void The_engines_context_wins_over_a_stored_param_of_the_same_name(string operation)
    {
        var resource = new ResourceInstance
        {
            Application = "shop", Team = "payments", Name = "db", Type = "postgres", Provider = "p",
            Parameters = JsonDocument.Parse("{}"), Fingerprint = "f",
        };
        using var requested = JsonDocument.Parse("""{"namespace": "victim", "app_name": "victim-app", "team": "victims", "resource_name": "their-db", "size": "large"}""");

        var parameters = ResourceWorkflowParameters.Build(requested.RootElement, resource, Workflow, operation);

        Assert.Equal("shop", parameters["namespace"]!.ToString());
        Assert.Equal("shop", parameters["app_name"]!.ToString());
        Assert.Equal("payments", parameters["team"]!.ToString());
        Assert.False(parameters.ContainsKey("resource_name"), "context a workflow does not declare is not passed, whoever gave it");
        Assert.Equal("large", parameters["size"]!.ToString());
    }
}
