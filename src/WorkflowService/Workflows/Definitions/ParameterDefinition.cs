using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Definitions;

public sealed record ParameterDefinition(
    string Type,
    bool Required,
    JsonNode? Default,
    string? Description,
    IReadOnlyList<JsonNode>? Enum,
    string? Pattern,
    double? Minimum,
    double? Maximum);
