using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>A completed anchored node with its expanded size and height, so each alias can be checked before copying.</summary>
internal sealed record AnchoredNode(JsonNode? Node, int Size, int Height);
