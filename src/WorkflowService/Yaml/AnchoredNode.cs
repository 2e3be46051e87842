using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>A completed anchored node with its expanded size and height, so each alias can be checked before copying.</summary>
/// <param name="Size">Values, aliases expanded.</param>
/// <param name="Bytes">UTF-8 text of its keys and scalars, aliases expanded.</param>
internal sealed record AnchoredNode(JsonNode? Node, int Size, long Bytes, int Height);
