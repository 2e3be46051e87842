using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>One container definition ($defs/container).</summary>
internal static class ContainerReader
{
    private static readonly string[] Fields =
        ["image", "command", "args", "variables", "files", "volumes", "before", "resources", "livenessProbe", "readinessProbe"];

    public static ContainerSpec? Read(string name, JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, Fields);
        return new ContainerSpec(
            name,
            v.Read.Required(map, path, "image", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)) ?? "",
            v.Read.Optional(map, path, "command", v.Read.StringList),
            v.Read.Optional(map, path, "args", v.Read.StringList),
            v.Read.Optional(map, path, "variables", (value, at) => v.StringMap(value, at, "variable name", ScoreRules.VariableName)) ?? new Dictionary<string, string>(),
            v.Read.Optional(map, path, "files", (value, at) => FilesReader.Read(value, at, v)) ?? [],
            v.Read.Optional(map, path, "volumes", (value, at) => VolumesReader.Read(value, at, v)) ?? [],
            v.Read.Optional(map, path, "resources", (value, at) => ContainerResourcesReader.Read(value, at, v)),
            v.Read.Optional(map, path, "livenessProbe", (value, at) => ProbeReader.Read(value, at, v)),
            v.Read.Optional(map, path, "readinessProbe", (value, at) => ProbeReader.Read(value, at, v)),
            v.Read.Optional(map, path, "before", (value, at) => Before(value, at, v)) ?? new Dictionary<string, string>());
    }

    private static IReadOnlyDictionary<string, string>? Before(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        var before = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (container, value) in map)
        {
            var at = JsonPath.Property(path, container);
            v.Key(container, at, "container name", ScoreRules.Name);
            if (v.Read.Map(value, at) is not { } condition)
                continue;
            v.Read.AllowOnly(condition, at, ["ready"]);
            before[container] = v.Read.Required(condition, at, "ready", (ready, readyAt) => v.OneOf(ready, readyAt, ScoreRules.ReadyStates)) ?? "";
        }
        return before;
    }
}
