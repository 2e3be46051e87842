using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// Reads workflow definitions: whole files (<c>apiVersion: innominatus.dev/v1</c>, <c>kind: Workflow</c>) for provider
/// workflows and golden paths, and the inline form used under a Score file's <c>workflows</c>. Everything a workflow
/// can be checked for before it runs is checked here; the result is either valid or lists every error.
/// </summary>
public static class WorkflowDefinitionParser
{
    public const string ApiVersion = "innominatus.dev/v1";
    public const string Kind = "Workflow";

    private static readonly string[] DocumentFields = ["apiVersion", "kind", "metadata", "parameters", "steps", "outputs"];
    private static readonly string[] InlineFields = ["description", "parameters", "steps", "outputs"];

    /// <param name="fallbackName">The name to use when the file has no metadata.name (for example its file name).</param>
    public static DefinitionResult<WorkflowDefinition> Parse(string yaml, string? fallbackName = null)
    {
        var read = YamlJsonReader.Read(yaml);
        var context = new DefinitionContext();
        foreach (var error in read.Errors)
            context.Add(new DefinitionError(error.Path, error.Message, error.Line));
        if (read.Root is null)
        {
            if (!context.HasErrors)
                context.Report(JsonPath.Root, "the workflow document is empty");
            return context.Result<WorkflowDefinition>(null);
        }
        return context.Result(ReadDocument(read.Root, fallbackName, context), read.Locations);
    }

    /// <param name="path">Where the node is, so errors point into the enclosing document, e.g. <c>$.workflows.setup</c>.</param>
    public static DefinitionResult<WorkflowDefinition> FromNode(JsonNode? node, string name, string path)
    {
        var context = new DefinitionContext();
        if (context.Read.Map(node, path) is not { } map)
            return context.Result<WorkflowDefinition>(null);
        context.Read.AllowOnly(map, path, InlineFields);
        var description = context.Read.Optional(map, path, "description", context.Read.String);
        return context.Result(WorkflowBodyReader.Read(map, name, description, path, context));
    }

    private static WorkflowDefinition? ReadDocument(JsonNode root, string? fallbackName, DefinitionContext context)
    {
        const string path = JsonPath.Root;
        if (context.Read.Map(root, path) is not { } map)
            return null;
        context.Read.AllowOnly(map, path, DocumentFields);
        ExpectConstant(map, "apiVersion", ApiVersion, context);
        ExpectConstant(map, "kind", Kind, context);
        var (name, description) = ReadMetadata(map, context);
        name ??= fallbackName;
        if (name is null)
            context.Report("$.metadata.name", "required field 'name' is missing (and no fallback name was given)");
        return WorkflowBodyReader.Read(map, name ?? "", description, path, context);
    }

    private static void ExpectConstant(JsonObject map, string field, string expected, DefinitionContext context)
    {
        if (context.Read.Required(map, JsonPath.Root, field, context.Read.String) is { } value && value != expected)
            context.Report($"$.{field}", $"must be '{expected}', got '{value}'");
    }

    // metadata may carry other descriptive keys (owner, labels, ...); only name and description are read.
    private static (string? Name, string? Description) ReadMetadata(JsonObject map, DefinitionContext context)
    {
        if (context.Read.Optional(map, JsonPath.Root, "metadata", context.Read.Map) is not { } metadata)
            return (null, null);
        var name = context.Read.Optional(metadata, "$.metadata", "name", context.Read.String);
        if (name is not null && !DefinitionRules.IsName(name))
            context.Report("$.metadata.name", $"'{name}' is not {DefinitionRules.NameMeaning}");
        return (name, context.Read.Optional(metadata, "$.metadata", "description", context.Read.String));
    }
}
