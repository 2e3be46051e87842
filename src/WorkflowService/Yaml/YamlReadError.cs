namespace Innominatus.WorkflowService.Yaml;

/// <summary>Why (part of) a YAML document could not be read; Path is the JSON path of the node concerned.</summary>
/// <param name="TooLarge">The document is over a size limit (bytes or values, aliases expanded), not malformed.</param>
public sealed record YamlReadError(string Path, string Message, int? Line = null, int? Column = null, bool TooLarge = false);
