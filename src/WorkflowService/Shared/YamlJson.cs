using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Shared;

/// <summary>Reads one catalogue YAML document (provider manifest, golden path) with the service's one YAML reader.</summary>
public static class YamlJson
{
    public static DefinitionResult<JsonNode> Parse(string yaml)
    {
        var read = YamlJsonReader.Read(yaml);
        if (read.Root is null && read.Errors.Count == 0)
        {
            return new(null, [new DefinitionError("$", "the document is empty")]);
        }
        return new(read.Root, read.Errors.Select(e => new DefinitionError(e.Path, e.Message, e.Line)).ToList());
    }
}
