using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Workflows.Definitions;

// Minimal stand-in so the providers branch compiles and runs; the workflow engine branch replaces this folder.
public static class WorkflowDefinitionParser
{
    private static readonly IReadOnlySet<string> StepTypes = new HashSet<string>
    {
        "kubernetes", "score-workload", "argocd-app", "gitea-repo", "http", "script", "policy", "terraform", "ansible", "approval", "noop",
    };

    public static DefinitionResult<WorkflowDefinition> Parse(string yaml, string? fallbackName = null)
    {
        var document = YamlJson.Parse(yaml);
        if (!document.IsValid)
        {
            return new(null, document.Errors);
        }
        var name = Yaml.String(document.Value?["metadata"]?["name"]) ?? fallbackName;
        return name is null ? new(null, [new DefinitionError("$.metadata.name", "a workflow needs a name")]) : FromNode(document.Value, name, "$");
    }

    public static DefinitionResult<WorkflowDefinition> FromNode(JsonNode? node, string name, string path)
    {
        if (node is not JsonObject root)
        {
            return new(null, [new DefinitionError(path, "a workflow must be a mapping")]);
        }
        var errors = new List<DefinitionError>();
        var parameters = ParameterSchemaReader.Read(root["parameters"], $"{path}.parameters");
        errors.AddRange(parameters.Errors);
        var steps = new List<StepDefinition>();
        if (root["steps"] is not JsonArray { Count: > 0 } stepNodes)
        {
            errors.Add(new DefinitionError($"{path}.steps", "a workflow needs at least one step"));
            stepNodes = [];
        }
        for (var i = 0; i < stepNodes.Count; i++)
        {
            var step = ReadStep(stepNodes[i], $"{path}.steps[{i}]", errors);
            if (step is not null && steps.Any(s => s.Name == step.Name))
            {
                errors.Add(new DefinitionError($"{path}.steps[{i}].name", $"duplicate step name '{step.Name}'"));
            }
            else if (step is not null)
            {
                steps.Add(step);
            }
        }
        var workflow = new WorkflowDefinition(
            Yaml.String(root["metadata"]?["name"]) ?? name,
            Yaml.String(root["metadata"]?["description"]) ?? Yaml.String(root["description"]),
            parameters.Value!,
            steps,
            StringMap(root["outputs"]));
        return new(errors.Count == 0 ? workflow : null, errors);
    }

    private static StepDefinition? ReadStep(JsonNode? node, string path, List<DefinitionError> errors)
    {
        var name = Yaml.String(node?["name"]);
        var type = Yaml.String(node?["type"]);
        if (name is null || type is null || !StepTypes.Contains(type))
        {
            errors.Add(new DefinitionError(path, $"a step needs a name and a type out of {string.Join(", ", StepTypes)}"));
            return null;
        }
        var retry = node!["retry"] is JsonObject r ? new RetryPolicy((int)(Yaml.Number(r["count"]) ?? 0), Duration(r["backoff"]) ?? TimeSpan.Zero) : null;
        return new StepDefinition(
            name,
            type,
            Yaml.String(node["phase"]) ?? "deploy",
            Yaml.Strings(node["dependsOn"]),
            Yaml.String(node["when"]),
            Duration(node["timeout"]),
            retry,
            node["config"] as JsonObject is { } config ? (JsonObject)config.DeepClone() : [],
            StringMap(node["outputs"]));
    }

    private static Dictionary<string, string> StringMap(JsonNode? node) =>
        node is JsonObject map ? map.ToDictionary(p => p.Key, p => Yaml.String(p.Value) ?? p.Value?.ToJsonString() ?? string.Empty) : [];

    private static TimeSpan? Duration(JsonNode? node)
    {
        var text = Yaml.String(node);
        if (text is not { Length: > 1 } || !double.TryParse(text[..^1], out var amount))
        {
            return null;
        }
        return text[^1] switch { 's' => TimeSpan.FromSeconds(amount), 'm' => TimeSpan.FromMinutes(amount), 'h' => TimeSpan.FromHours(amount), _ => null };
    }
}
