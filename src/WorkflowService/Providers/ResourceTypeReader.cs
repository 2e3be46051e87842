using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

/// <summary>Reads one entry of a manifest's <c>resourceTypes</c> list.</summary>
internal static class ResourceTypeReader
{
    private static readonly IReadOnlySet<string> Keys = new HashSet<string> { "type", "aliases", "description", "workflows", "parameters", "outputs" };
    private static readonly IReadOnlySet<string> WorkflowKeys = new HashSet<string> { "create", "update", "delete" };
    private static readonly IReadOnlySet<string> OutputKeys = new HashSet<string> { "name", "description", "secret" };

    public static ResourceTypeDefinition? Read(JsonNode? node, string path, List<DefinitionError> errors)
    {
        if (node is not JsonObject entry)
        {
            errors.Add(new DefinitionError(path, "a resource type must be a mapping"));
            return null;
        }
        var before = errors.Count;
        errors.AddRange(DocumentChecks.UnknownKeys(entry, Keys, path));
        var type = DocumentChecks.Required(entry, "type", path, errors);
        var aliases = JsonRead.Strings(entry["aliases"]);
        var names = type is null ? aliases : aliases.Prepend(type);
        foreach (var name in names.Where(n => !ProviderNames.ResourceType().IsMatch(n)))
        {
            errors.Add(new DefinitionError(path, $"'{name}' is not a valid resource type name (lower case letters, digits, '-' and '.')"));
        }
        var workflows = ReadWorkflows(entry["workflows"], $"{path}.workflows", errors);
        var parameters = ParameterSchemaReader.Read(entry["parameters"], $"{path}.parameters");
        errors.AddRange(parameters.Errors);
        var outputs = ReadOutputs(entry["outputs"], $"{path}.outputs", errors);
        if (errors.Count > before)
        {
            return null;
        }
        return new ResourceTypeDefinition(type!, aliases, JsonRead.String(entry["description"]), workflows!, parameters.Value!, outputs);
    }

    private static ResourceTypeWorkflows? ReadWorkflows(JsonNode? node, string path, List<DefinitionError> errors)
    {
        var map = node as JsonObject ?? [];
        errors.AddRange(DocumentChecks.UnknownKeys(map, WorkflowKeys, path));
        var create = DocumentChecks.Required(map, "create", path, errors);
        var delete = DocumentChecks.Required(map, "delete", path, errors);
        var update = JsonRead.String(map["update"]) ?? create;
        foreach (var name in new[] { create, update, delete }.OfType<string>().Where(n => !ProviderNames.DnsLabel().IsMatch(n)))
        {
            errors.Add(new DefinitionError(path, $"workflow name '{name}' must be a DNS label: it names the file workflows/{name}.yaml"));
        }
        return create is null || delete is null ? null : new ResourceTypeWorkflows(create, update!, delete);
    }

    private static List<ResourceOutputDefinition> ReadOutputs(JsonNode? node, string path, List<DefinitionError> errors)
    {
        var outputs = new List<ResourceOutputDefinition>();
        var items = node as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = items[i] as JsonObject ?? [];
            errors.AddRange(DocumentChecks.UnknownKeys(item, OutputKeys, itemPath));
            var name = DocumentChecks.Required(item, "name", itemPath, errors);
            if (name is null)
            {
                continue;
            }
            if (!ProviderNames.Output().IsMatch(name) || outputs.Any(o => o.Name == name))
            {
                errors.Add(new DefinitionError($"{itemPath}.name", $"output '{name}' is invalid or declared twice"));
            }
            outputs.Add(new ResourceOutputDefinition(name, JsonRead.String(item["description"]), JsonRead.Bool(item["secret"]) ?? false));
        }
        return outputs;
    }
}
