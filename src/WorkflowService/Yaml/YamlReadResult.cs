using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// The JSON form of a YAML document. Root is null when the document is empty or could not be read at all; it is set
/// when only recoverable problems (such as duplicate keys) were found, so callers can still report more errors.
/// </summary>
public sealed record YamlReadResult(JsonNode? Root, IReadOnlyList<YamlReadError> Errors, YamlLocations Locations)
{
    public bool IsValid => Errors.Count == 0;
}
