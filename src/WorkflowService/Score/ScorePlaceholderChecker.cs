using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Placeholders;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// Checks the placeholders in the fields Score expands (variables, command, args, file content unless noExpand,
/// volume sources, resource params): each must be well formed, start with metadata or resources, and a resource
/// placeholder must name a resource declared in the same file.
/// </summary>
internal static class ScorePlaceholderChecker
{
    public static void Check(JsonObject root, ScoreValidation v)
    {
        var resources = root["resources"] as JsonObject;
        if (root["containers"] is JsonObject containers)
        {
            foreach (var (name, node) in containers)
            {
                if (node is JsonObject container)
                    CheckContainer(container, JsonPath.Property("$.containers", name), resources, v);
            }
        }
        if (resources is null || resources.Count > v.Limits.MaxResources)
            return;
        foreach (var (name, node) in resources)
        {
            if ((node as JsonObject)?["params"] is JsonObject parameters)
                CheckStrings(parameters, JsonPath.Property(JsonPath.Property("$.resources", name), "params"), resources, v);
        }
    }

    private static void CheckContainer(JsonObject container, string path, JsonObject? resources, ScoreValidation v)
    {
        foreach (var field in new[] { "variables", "command", "args" })
        {
            if (container[field] is JsonObject or JsonArray)
                CheckStrings(container[field], JsonPath.Property(path, field), resources, v);
        }
        foreach (var (file, at) in Entries(container["files"], JsonPath.Property(path, "files")))
        {
            if (file?["noExpand"] is not JsonValue noExpand || !JsonKinds.TryGetBoolean(noExpand, out var skip) || !skip)
                CheckString(file?["content"], JsonPath.Property(at, "content"), resources, v);
        }
        foreach (var (volume, at) in Entries(container["volumes"], JsonPath.Property(path, "volumes")))
            CheckString(volume?["source"], JsonPath.Property(at, "source"), resources, v);
    }

    private static IEnumerable<(JsonObject? Node, string Path)> Entries(JsonNode? node, string path) => node switch
    {
        JsonObject map => map.Select(entry => (entry.Value as JsonObject, JsonPath.Property(path, entry.Key))),
        JsonArray list => list.Select((item, i) => (item as JsonObject, JsonPath.Index(path, i))),
        _ => [],
    };

    // Only strings are expanded; map keys are not.
    private static void CheckStrings(JsonNode? node, string path, JsonObject? resources, ScoreValidation v)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                    CheckStrings(value, JsonPath.Property(path, key), resources, v);
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                    CheckStrings(list[i], JsonPath.Index(path, i), resources, v);
                break;
            default:
                CheckString(node, path, resources, v);
                break;
        }
    }

    private static void CheckString(JsonNode? node, string path, JsonObject? resources, ScoreValidation v)
    {
        if (!JsonKinds.TryGetString(node, out var text))
            return;
        foreach (var reference in Placeholder.Scan(text).References)
        {
            if (Problem(reference, resources) is { } problem)
                v.Report(path, problem);
        }
    }

    private static string? Problem(PlaceholderReference reference, JsonObject? resources)
    {
        var shown = $"${{{reference.Expression}}}";
        if (!reference.IsWellFormed)
            return $"placeholder {shown} is malformed: it needs at least two parts separated by '.', each of letters, digits, '_' or '-' (write $$ for a literal $)";
        return reference.Root switch
        {
            "metadata" => null,
            "resources" when resources?.ContainsKey(reference.Segments[1]) == true => null,
            "resources" => $"placeholder {shown} refers to resource '{reference.Segments[1]}', which is not declared in resources",
            _ => $"placeholder {shown} starts with '{reference.Root}'; only metadata and resources can be referenced (write $$ for a literal $)",
        };
    }
}
