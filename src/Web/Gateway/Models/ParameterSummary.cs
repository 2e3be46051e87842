using System.Text.Json.Nodes;

namespace Innominatus.Web.Gateway.Models;

/// <summary>A golden path's or resource type's documented parameter: the schema the run form is generated from.</summary>
public sealed record ParameterSummary(
    string Name, string Type, bool Required, JsonNode? Default, string? Description, IReadOnlyList<JsonNode>? Enum, string? Pattern,
    double? Minimum, double? Maximum, string? Owner, string? Setting, string? Format, bool Secret);
