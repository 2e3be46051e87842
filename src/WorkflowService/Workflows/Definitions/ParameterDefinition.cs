using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// The schema of one workflow parameter. Type is one of <see cref="ParameterTypes"/>; Pattern (an unanchored .NET
/// regular expression, as in JSON Schema) applies to strings; Minimum and Maximum to integers and numbers.
/// </summary>
public sealed record ParameterDefinition(
    string Type,
    bool Required,
    JsonNode? Default,
    string? Description,
    IReadOnlyList<JsonNode>? Enum,
    string? Pattern,
    double? Minimum,
    double? Maximum);
