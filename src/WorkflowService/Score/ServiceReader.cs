using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>The service section: named ports ($defs/servicePort).</summary>
internal static class ServiceReader
{
    public static ServiceSpec? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, ["ports"]);
        return new ServiceSpec(v.Read.Optional(map, path, "ports", (value, at) => Ports(value, at, v)) ?? new Dictionary<string, ServicePort>());
    }

    private static IReadOnlyDictionary<string, ServicePort>? Ports(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        var ports = new OrderedDictionary<string, ServicePort>(StringComparer.Ordinal);
        foreach (var (name, value) in map)
        {
            var at = JsonPath.Property(path, name);
            v.Key(name, at, "port name", ScoreRules.Name);
            if (v.Read.Map(value, at) is not { } port)
                continue;
            v.Read.AllowOnly(port, at, ["port", "protocol", "targetPort"]);
            ports[name] = new ServicePort(
                name,
                v.Read.Required<int?>(port, at, "port", v.Port) ?? 0,
                v.Read.Optional<int?>(port, at, "targetPort", v.Port),
                v.Read.Optional(port, at, "protocol", (protocol, protocolAt) => v.OneOf(protocol, protocolAt, ScoreRules.Protocols)));
        }
        return ports;
    }
}
