using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Providers;
using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>
/// Parses a golden path file. It is a workflow document (parameters, steps and outputs at the top level) with
/// <c>kind: GoldenPath</c> and catalogue metadata, so the workflow part goes through the workflow parser unchanged
/// and error paths match the file.
/// </summary>
public static partial class GoldenPathParser
{
    public const string Kind = "GoldenPath";

    private static readonly IReadOnlySet<string> RootKeys = new HashSet<string> { "apiVersion", "kind", "metadata", "parameters", "steps", "outputs" };
    private static readonly IReadOnlySet<string> MetadataKeys = new HashSet<string> { "name", "description", "category", "tags", "estimatedDuration", "audience" };

    public static DefinitionResult<GoldenPath> Parse(string yaml, string file, string fallbackName)
    {
        var document = YamlJson.Parse(yaml);
        if (!document.IsValid || document.Value is not JsonObject root)
        {
            return new(null, document.IsValid ? [new DefinitionError("$", "a golden path must be a mapping")] : document.Errors);
        }
        var errors = new List<DefinitionError>();
        DocumentChecks.Header(root, Kind, errors);
        errors.AddRange(DocumentChecks.UnknownKeys(root, RootKeys, "$"));
        var metadata = root["metadata"] as JsonObject ?? [];
        errors.AddRange(DocumentChecks.UnknownKeys(metadata, MetadataKeys, "$.metadata"));
        var name = JsonRead.String(metadata["name"]) ?? fallbackName;
        if (!ProviderNames.DnsLabel().IsMatch(name))
        {
            errors.Add(new DefinitionError("$.metadata.name", $"'{name}' is not a DNS label"));
        }
        var description = DocumentChecks.Required(metadata, "description", "$.metadata", errors);
        var category = DocumentChecks.Required(metadata, "category", "$.metadata", errors);
        var duration = JsonRead.String(metadata["estimatedDuration"]);
        if (duration is not null && !DurationPattern().IsMatch(duration))
        {
            errors.Add(new DefinitionError("$.metadata.estimatedDuration", $"'{duration}' is not a duration such as 90s, 5m or 1h"));
        }
        var audience = JsonRead.String(metadata["audience"]) ?? "everyone";
        if (audience is not ("everyone" or "admins"))
        {
            errors.Add(new DefinitionError("$.metadata.audience", $"audience must be everyone or admins, not '{audience}'"));
        }
        var workflow = WorkflowDefinitionParser.FromNode(AsWorkflow(root, name, description), name, "$");
        errors.AddRange(workflow.Errors);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        return new(new GoldenPath(name, description!, category!, JsonRead.Strings(metadata["tags"]), duration, workflow.Value!, file, audience == "admins"), errors);
    }

    /// <summary>The workflow part in the inline form the workflow parser reads (no header of its own).</summary>
    private static JsonObject AsWorkflow(JsonObject root, string name, string? description)
    {
        var workflow = new JsonObject();
        if (description is not null)
        {
            workflow["description"] = description;
        }
        foreach (var key in new[] { "parameters", "steps", "outputs" })
        {
            if (root[key] is { } value)
            {
                workflow[key] = value.DeepClone();
            }
        }
        return workflow;
    }

    [GeneratedRegex("^[0-9]+(s|m|h)$")]
    private static partial Regex DurationPattern();
}
