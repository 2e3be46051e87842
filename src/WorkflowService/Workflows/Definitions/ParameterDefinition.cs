using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// The schema of one workflow parameter. Type is one of <see cref="ParameterTypes"/>; Pattern (an unanchored .NET
/// regular expression, as in JSON Schema) applies to strings; Minimum and Maximum to integers and numbers.
/// Owner (<see cref="ParameterOwners"/>) says the value names something a team owns, so a golden path run checks it
/// against the caller's team; Setting names a platform setting (<c>GoldenPaths:Settings:NAME</c>) that supplies the
/// value, which a caller cannot give; Format (<see cref="ParameterFormats"/>) says what kind of string it is.
/// Secret says the value is a password or token: a run stores it encrypted, steps see it, answers and logs do not.
/// </summary>
public sealed record ParameterDefinition(
    string Type,
    bool Required,
    JsonNode? Default,
    string? Description,
    IReadOnlyList<JsonNode>? Enum,
    string? Pattern,
    double? Minimum,
    double? Maximum,
    string? Owner = null,
    string? Setting = null,
    string? Format = null,
    bool Secret = false);
