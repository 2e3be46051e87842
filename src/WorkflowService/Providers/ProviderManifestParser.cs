using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

/// <summary>Parses and checks <c>provider.yaml</c> without touching the file system; workflows are attached later.</summary>
public static class ProviderManifestParser
{
    public const string Kind = "Provider";

    private static readonly IReadOnlySet<string> RootKeys = new HashSet<string> { "apiVersion", "kind", "metadata", "resourceTypes" };
    private static readonly IReadOnlySet<string> MetadataKeys = new HashSet<string> { "name", "team", "version", "description" };

    public static DefinitionResult<ProviderManifest> Parse(string yaml, string source)
    {
        var document = YamlJson.Parse(yaml);
        if (!document.IsValid)
        {
            return new(null, document.Errors);
        }
        if (document.Value is not JsonObject root)
        {
            return new(null, [new DefinitionError("$", "a provider manifest must be a mapping")]);
        }
        var errors = new List<DefinitionError>();
        DocumentChecks.Header(root, Kind, errors);
        errors.AddRange(DocumentChecks.UnknownKeys(root, RootKeys, "$"));
        var metadata = root["metadata"] as JsonObject ?? [];
        errors.AddRange(DocumentChecks.UnknownKeys(metadata, MetadataKeys, "$.metadata"));
        var name = DocumentChecks.Required(metadata, "name", "$.metadata", errors);
        var team = DocumentChecks.Required(metadata, "team", "$.metadata", errors);
        var version = DocumentChecks.Required(metadata, "version", "$.metadata", errors);
        if (name is not null && !ProviderNames.DnsLabel().IsMatch(name))
        {
            errors.Add(new DefinitionError("$.metadata.name", $"'{name}' is not a DNS label (lower case letters, digits and '-', at most 63)"));
        }
        if (team is not null && !ProviderNames.DnsLabel().IsMatch(team))
        {
            errors.Add(new DefinitionError("$.metadata.team", $"'{team}' is not a DNS label"));
        }
        if (version is not null && !ProviderNames.SemanticVersion().IsMatch(version))
        {
            errors.Add(new DefinitionError("$.metadata.version", $"'{version}' is not a semantic version such as 1.2.0"));
        }
        var types = ReadResourceTypes(root["resourceTypes"], errors);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        var manifest = new ProviderManifest(name!, team!, version!, JsonRead.String(metadata["description"]), types, new Dictionary<string, WorkflowDefinition>(), source);
        return new(manifest, errors);
    }

    private static List<ResourceTypeDefinition> ReadResourceTypes(JsonNode? node, List<DefinitionError> errors)
    {
        if (node is not JsonArray { Count: > 0 } items)
        {
            errors.Add(new DefinitionError("$.resourceTypes", "a provider must offer at least one resource type"));
            return [];
        }
        var types = new List<ResourceTypeDefinition>();
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"$.resourceTypes[{i}]";
            var type = ResourceTypeReader.Read(items[i], path, errors);
            if (type is null)
            {
                continue;
            }
            foreach (var name in type.Names)
            {
                if (!claimed.TryAdd(name, path))
                {
                    errors.Add(new DefinitionError(path, $"'{name}' is already used by {claimed[name]} in this provider"));
                }
            }
            types.Add(type);
        }
        return types;
    }
}
