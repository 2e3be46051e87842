using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>Liveness and readiness probes ($defs/containerProbe, httpProbe, execProbe).</summary>
internal static class ProbeReader
{
    private static readonly string[] HttpFields = ["host", "scheme", "path", "port", "httpHeaders"];

    public static ContainerProbe? Read(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, ["httpGet", "exec"]);
        if (!map.ContainsKey("httpGet") && !map.ContainsKey("exec"))
            v.Report(path, "a probe needs httpGet or exec");
        return new ContainerProbe(
            v.Read.Optional(map, path, "httpGet", (value, at) => HttpGet(value, at, v)),
            v.Read.Optional(map, path, "exec", (value, at) => Exec(value, at, v)));
    }

    private static HttpProbe? HttpGet(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, HttpFields);
        return new HttpProbe(
            v.Read.Required<int?>(map, path, "port", v.Port) ?? 0,
            v.Read.Required(map, path, "path", v.Read.String) ?? "",
            v.Read.Optional(map, path, "host", (value, at) => v.Text(value, at, ScoreRules.NonEmpty)),
            v.Read.Optional(map, path, "scheme", (value, at) => v.OneOf(value, at, ScoreRules.Schemes)),
            v.Read.Optional(map, path, "httpHeaders", (value, at) => Headers(value, at, v)) ?? []);
    }

    private static IReadOnlyList<HttpHeader>? Headers(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.List(node, path) is not { } list)
            return null;
        var headers = new List<HttpHeader>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = JsonPath.Index(path, i);
            if (v.Read.Map(list[i], at) is not { } header)
                continue;
            v.Read.AllowOnly(header, at, ["name", "value"]);
            headers.Add(new HttpHeader(
                v.Read.Required(header, at, "name", (value, valueAt) => v.Text(value, valueAt, ScoreRules.HeaderName)) ?? "",
                v.Read.Required(header, at, "value", (value, valueAt) => v.Text(value, valueAt, ScoreRules.NonEmpty)) ?? ""));
        }
        return headers;
    }

    private static ExecProbe? Exec(JsonNode? node, string path, ScoreValidation v)
    {
        if (v.Read.Map(node, path) is not { } map)
            return null;
        v.Read.AllowOnly(map, path, ["command"]);
        return new ExecProbe(v.Read.Required(map, path, "command", v.Read.StringList) ?? []);
    }
}
