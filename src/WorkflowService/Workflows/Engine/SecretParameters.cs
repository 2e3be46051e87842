using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>The parameters a workflow declares <c>secret: true</c>: stored sealed, shown as <see cref="SecretOutputs.Masked"/>.</summary>
public static class SecretParameters
{
    public static IReadOnlySet<string> Names(WorkflowDefinition definition) =>
        definition.Parameters.Where(p => p.Value.Secret).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A copy for answers and events: secret parameters masked, and values whose names look secret.</summary>
    public static JsonObject Masked(JsonObject parameters, WorkflowDefinition definition)
    {
        var secret = Names(definition);
        var masked = SecretOutputs.Mask(parameters) as JsonObject ?? [];
        foreach (var name in masked.Where(p => p.Value is not null && secret.Contains(p.Key)).Select(p => p.Key).ToList())
        {
            masked[name] = SecretOutputs.Masked;
        }
        return masked;
    }
}
