using System.Text.Json;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>A run keeps its own copy of the definition, so reloading providers never changes a run under way.</summary>
public static class DefinitionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonDocument Serialize(WorkflowDefinition definition) => JsonSerializer.SerializeToDocument(definition, Options);

    public static WorkflowDefinition Deserialize(JsonDocument document) =>
        document.Deserialize<WorkflowDefinition>(Options) ?? throw new InvalidOperationException("A run's stored definition is empty.");
}
