using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows;

/// <summary>The parameters a provider workflow runs with, for a run and for a plan alike.</summary>
public static class ResourceWorkflowParameters
{
    /// <summary>
    /// The resource's own params (an unknown one is an error, as a typo should be) plus the context every provider
    /// workflow may declare: context a workflow does not declare is left out rather than refused.
    /// </summary>
    public static JsonObject Build(System.Text.Json.JsonElement requested, ResourceInstance resource, WorkflowDefinition definition)
    {
        var parameters = JsonNode.Parse(requested.GetRawText()) as JsonObject ?? [];
        var context = new Dictionary<string, string?>
        {
            ["app_name"] = resource.Application,
            ["resource_name"] = resource.Name,
            ["resource_type"] = resource.Type,
            ["namespace"] = resource.Application,
            ["class"] = resource.Class,
        };
        foreach (var (name, value) in context.Where(c => c.Value is not null && definition.Parameters.ContainsKey(c.Key)))
        {
            parameters.TryAdd(name, value);
        }
        return parameters;
    }
}
