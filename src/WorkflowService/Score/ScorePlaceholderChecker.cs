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
        foreach (var (name, container) in root["containers"] as JsonObject ?? [])
        {
            if (container is JsonObject map)
                CheckContainer(map, JsonPath.Property("$.containers", name), resources, v);
        }
        if (resources is null || resources.Count > v.Limits.MaxResources)
            return;
        foreach (var (name, resource) in resources)
            CheckStrings((resource as JsonObject)?["params"] as JsonObject, JsonPath.Property(JsonPath.Property("$.resources", name), "params"), resources, v);
    }

    private static void CheckContainer(JsonObject container, string path, JsonObject? resources, ScoreValidation v)
    {
        foreach (var field in new[] { "variables", "command", "args" })
        {
            if (container[field] is JsonObject or JsonArray)
                CheckStrings(container[field], JsonPath.Property(path, field), resources, v);
        }
        foreach (var (file, at, _) in MountEntries.Of(container["files"], JsonPath.Property(path, "files")))
        {
            if (file is JsonObject map && !(JsonKinds.TryGetBoolean(map["noExpand"], out var noExpand) && noExpand))
                CheckStrings(map["content"], JsonPath.Property(at, "content"), resources, v);
        }
        foreach (var (volume, at, _) in MountEntries.Of(container["volumes"], JsonPath.Property(path, "volumes")))
            CheckStrings((volume as JsonObject)?["source"], JsonPath.Property(at, "source"), resources, v);
    }

    // Only string values are expanded; map keys are not.
    private static void CheckStrings(JsonNode? node, string path, JsonObject? resources, ScoreValidation v)
    {
        foreach (var (at, text) in JsonStrings.Within(node, path))
        {
            foreach (var reference in Placeholder.Scan(text).References)
            {
                if (Problem(reference, resources) is { } problem)
                    v.Report(at, problem);
            }
        }
    }

    private static string? Problem(PlaceholderReference reference, JsonObject? resources) => reference.FormProblem ?? reference.Root switch
    {
        "metadata" => null,
        "resources" when resources?.ContainsKey(reference.Segments[1]) == true => null,
        "resources" => $"placeholder {reference.Text} refers to resource '{reference.Segments[1]}', which is not declared in resources",
        _ => $"placeholder {reference.Text} starts with '{reference.Root}'; only metadata and resources can be referenced (write $$ for a literal $)",
    };
}
