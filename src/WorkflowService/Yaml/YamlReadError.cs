namespace Innominatus.WorkflowService.Yaml;

/// <summary>Why (part of) a YAML document could not be read; Path is the JSON path of the node concerned.</summary>
public sealed record YamlReadError(string Path, string Message, int? Line = null, int? Column = null);
