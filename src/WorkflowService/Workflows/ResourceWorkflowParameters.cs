using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows;

/// <summary>The parameters a provider workflow runs with, for a run and for a plan alike.</summary>
public static class ResourceWorkflowParameters
{
    /// <summary>
    /// The resource's own params (an unknown one is an error, as a typo should be) plus the context every provider
    /// workflow may declare: context a workflow does not declare is left out rather than refused, and the engine's
    /// context always wins over a param of the same name (stored before such params were refused). A delete workflow
    /// gets only the params it declares: it needs to find the resource, not to be told how it was shaped.
    /// </summary>
    public static JsonObject Build(System.Text.Json.JsonElement requested, ResourceInstance resource, WorkflowDefinition definition, string operation)
    {
        var parameters = JsonNode.Parse(requested.GetRawText()) as JsonObject ?? [];
        if (operation == "delete")
        {
            foreach (var undeclared in parameters.Select(p => p.Key).Where(k => !definition.Parameters.ContainsKey(k)).ToList())
            {
                parameters.Remove(undeclared);
            }
        }
        var context = new Dictionary<string, string?>
        {
            ["app_name"] = resource.Application,
            ["resource_name"] = resource.Name,
            ["resource_type"] = resource.Type,
            ["namespace"] = resource.Application,
            ["class"] = resource.Class,
            ["team"] = resource.Team,
        };
        foreach (var (name, value) in context)
        {
            parameters.Remove(name);
            if (value is not null && definition.Parameters.ContainsKey(name))
            {
                parameters[name] = value;
            }
        }
        return parameters;
    }

    /// <summary>The parameters the workflow would run with, checked against its schema, as at submission and at run time.</summary>
    public static DefinitionResult<JsonObject> Validate(System.Text.Json.JsonElement requested, ResourceInstance resource, WorkflowDefinition definition, string operation, string pathPrefix = "$.parameters") =>
        ParameterValidator.Validate(definition.Parameters, Build(requested, resource, definition, operation), pathPrefix);
}
