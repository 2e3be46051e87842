using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workloads;

/// <summary>
/// Turns a Score workload into Kubernetes objects: a Deployment (one container per Score container, with variables,
/// files as a ConfigMap, resource requests and limits, probes), a Service for <c>service.ports</c>. Placeholders are
/// resolved from the resources' outputs; an output that is a secret reference becomes a <c>secretKeyRef</c>.
/// </summary>
public static class WorkloadRenderer
{
    public const string SecretPrefix = "secretRef:";

    public static List<JsonObject> Render(ScoreSpec spec, TemplateScope scope, ICollection<string> unresolved)
    {
        var name = spec.Metadata.Name;
        var labels = new JsonObject { ["app.kubernetes.io/name"] = name, ["app.kubernetes.io/managed-by"] = "innominatus" };
        var objects = new List<JsonObject>();
        var files = new JsonObject();
        var containers = new JsonArray();
        foreach (var container in spec.Containers.Values)
        {
            containers.Add(Container(container, name, scope, unresolved, files));
        }
        if (files.Count > 0)
        {
            objects.Add(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = Meta($"{name}-files", labels), ["data"] = files });
        }
        var pod = new JsonObject { ["containers"] = containers };
        if (files.Count > 0)
        {
            pod["volumes"] = new JsonArray(new JsonObject { ["name"] = "files", ["configMap"] = new JsonObject { ["name"] = $"{name}-files" } });
        }
        objects.Add(new JsonObject
        {
            ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["metadata"] = Meta(name, labels),
            ["spec"] = new JsonObject
            {
                ["replicas"] = 1,
                ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app.kubernetes.io/name"] = name } },
                ["template"] = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = labels.DeepClone() }, ["spec"] = pod },
            },
        });
        if (spec.Service is { Ports.Count: > 0 } service)
        {
            var ports = new JsonArray(service.Ports.Values.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name, ["port"] = p.Port, ["targetPort"] = p.EffectiveTargetPort, ["protocol"] = p.EffectiveProtocol,
            }).ToArray());
            objects.Add(new JsonObject
            {
                ["apiVersion"] = "v1", ["kind"] = "Service", ["metadata"] = Meta(name, labels),
                ["spec"] = new JsonObject { ["selector"] = new JsonObject { ["app.kubernetes.io/name"] = name }, ["ports"] = ports },
            });
        }
        return objects;
    }

    private static JsonObject Container(ContainerSpec container, string app, TemplateScope scope, ICollection<string> unresolved, JsonObject files)
    {
        var result = new JsonObject { ["name"] = container.Name, ["image"] = container.Image };
        if (container.Command is { } command)
        {
            result["command"] = new JsonArray(command.Select(c => (JsonNode)TemplateResolver.ResolveText(c, scope, unresolved)).ToArray());
        }
        if (container.Args is { } args)
        {
            result["args"] = new JsonArray(args.Select(a => (JsonNode)TemplateResolver.ResolveText(a, scope, unresolved)).ToArray());
        }
        result["env"] = new JsonArray(container.Variables.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => (JsonNode)Variable(v.Key, v.Value, scope, unresolved)).ToArray());
        var mounts = new JsonArray();
        foreach (var (file, index) in container.Files.Where(f => f.Content is not null && f.Target is not null).Select((f, i) => (f, i)))
        {
            var key = $"{container.Name}-{index}";
            files[key] = file.NoExpand ? file.Content : TemplateResolver.ResolveText(file.Content!, scope, unresolved);
            mounts.Add(new JsonObject { ["name"] = "files", ["mountPath"] = file.Target, ["subPath"] = key, ["readOnly"] = true });
        }
        if (mounts.Count > 0)
        {
            result["volumeMounts"] = mounts;
        }
        if (container.Resources is { } resources)
        {
            result["resources"] = new JsonObject { ["limits"] = Quantities(resources.Limits), ["requests"] = Quantities(resources.Requests) };
        }
        if (Probe(container.LivenessProbe) is { } liveness)
        {
            result["livenessProbe"] = liveness;
        }
        if (Probe(container.ReadinessProbe) is { } readiness)
        {
            result["readinessProbe"] = readiness;
        }
        return result;
    }

    /// <summary>A variable that is one secret output becomes a reference to the Secret, never its value.</summary>
    private static JsonObject Variable(string name, string value, TemplateScope scope, ICollection<string> unresolved)
    {
        var resolved = TemplateResolver.ResolveText(value, scope, unresolved);
        if (resolved.StartsWith(SecretPrefix, StringComparison.Ordinal) && resolved.IndexOf('#') is var hash and > 0)
        {
            var secretName = resolved[SecretPrefix.Length..hash].Split('/')[^1];
            return new JsonObject
            {
                ["name"] = name,
                ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = secretName, ["key"] = resolved[(hash + 1)..] } },
            };
        }
        return new JsonObject { ["name"] = name, ["value"] = resolved };
    }

    private static JsonObject Quantities(ResourceQuantities? quantities)
    {
        var result = new JsonObject();
        if (quantities?.Cpu is { } cpu)
        {
            result["cpu"] = cpu;
        }
        if (quantities?.Memory is { } memory)
        {
            result["memory"] = memory;
        }
        return result;
    }

    private static JsonObject? Probe(ContainerProbe? probe) => probe switch
    {
        { HttpGet: { } http } => new JsonObject
        {
            ["httpGet"] = new JsonObject { ["path"] = http.Path, ["port"] = http.Port, ["scheme"] = http.Scheme ?? "HTTP" },
        },
        { Exec: { } exec } => new JsonObject { ["exec"] = new JsonObject { ["command"] = new JsonArray(exec.Command.Select(c => (JsonNode)c).ToArray()) } },
        _ => null,
    };

    private static JsonObject Meta(string name, JsonObject labels) => new() { ["name"] = name, ["labels"] = labels.DeepClone() };
}
