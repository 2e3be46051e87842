using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Shared;

/// <summary>How an API answer documents one parameter; a secret one's default is not shown.</summary>
public sealed record ParameterSummary(
    string Name,
    string Type,
    bool Required,
    JsonNode? Default,
    string? Description,
    IReadOnlyList<JsonNode>? Enum,
    string? Pattern,
    double? Minimum,
    double? Maximum,
    string? Owner,
    string? Setting,
    string? Format,
    bool Secret)
{
    public static IReadOnlyList<ParameterSummary> From(IReadOnlyDictionary<string, ParameterDefinition> parameters) =>
        [.. parameters.Select(p => new ParameterSummary(
            p.Key, p.Value.Type, p.Value.Required, p.Value.Secret && p.Value.Default is not null ? (JsonNode)SecretOutputs.Masked : p.Value.Default?.DeepClone(), p.Value.Description,
            p.Value.Enum?.Select(e => e.DeepClone()).ToList(), p.Value.Pattern, p.Value.Minimum, p.Value.Maximum, p.Value.Owner, p.Value.Setting, p.Value.Format, p.Value.Secret))];
}
