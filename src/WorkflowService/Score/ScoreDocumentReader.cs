using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>Checks a Score document against score-v1b1.json, rule for rule, and builds the typed model as it goes.</summary>
internal static class ScoreDocumentReader
{
    // "workflows" is innominatus' extension; it is the only difference from the official schema.
    private static readonly string[] Fields = ["apiVersion", "metadata", "service", "containers", "resources", "workflows"];

    public static ScoreSpec? Read(JsonObject root, ScoreValidation v)
    {
        const string path = JsonPath.Root;
        v.Read.AllowOnly(root, path, Fields);
        var apiVersion = v.Read.Required(root, path, "apiVersion", (node, at) => v.Text(node, at, ScoreRules.ApiVersion));
        var metadata = v.Read.Required(root, path, "metadata", (node, at) => MetadataReader.Read(node, at, v));
        var containers = v.Read.Required(root, path, "containers", (node, at) => ContainersReader.Read(node, at, v));
        var service = v.Read.Optional(root, path, "service", (node, at) => ServiceReader.Read(node, at, v));
        var resources = v.Read.Optional(root, path, "resources", (node, at) => ResourcesReader.Read(node, at, v));
        var workflows = v.Read.Optional(root, path, "workflows", (node, at) => InlineWorkflowsReader.Read(node, at, v));
        ScorePlaceholderChecker.Check(root, v);
        ContainerOrderChecker.Check(containers, v);
        if (v.HasErrors || apiVersion is null || metadata is null || containers is null)
            return null;
        return new ScoreSpec(apiVersion, metadata, containers, service, resources ?? Empty<ResourceSpec>(), workflows ?? Empty<WorkflowDefinition>(), root);
    }

    private static IReadOnlyDictionary<string, T> Empty<T>() => new Dictionary<string, T>();
}
