using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Replaces a step's placeholders as values, never as syntax: a script's become references to environment variables
/// (<see cref="ScriptTemplate"/>), a Kubernetes step's manifests are read as YAML before their scalars are filled in
/// (<see cref="ManifestTemplate"/>, giving <c>manifests</c> as objects), and everything else is already a tree.
/// </summary>
public static class StepConfigResolver
{
    public static ResolvedStepConfig Resolve(string type, JsonObject? config, TemplateScope scope, ICollection<string> unresolved)
    {
        var rest = (JsonObject?)config?.DeepClone() ?? [];
        var script = type is "script" or "policy" ? TakeString(rest, "script") : null;
        var manifest = type == "kubernetes" ? TakeString(rest, "manifest") : null;
        var manifests = type == "kubernetes" && rest["manifests"] is JsonArray items && rest.Remove("manifests") ? items : null;
        var resolved = TemplateResolver.Resolve(rest, scope, unresolved) as JsonObject ?? [];
        var problems = new List<string>();
        IReadOnlyDictionary<string, string> values = new Dictionary<string, string>();
        if (script is not null)
        {
            var bound = ScriptTemplate.Bind(script, scope, unresolved);
            resolved["script"] = bound.Script;
            values = bound.Values;
            problems.AddRange(bound.Problems);
        }
        if (manifest is not null || manifests is not null)
        {
            resolved["manifests"] = Manifests(manifest, manifests, scope, unresolved, problems);
        }
        return new ResolvedStepConfig(resolved, values, problems);
    }

    private static JsonArray Manifests(string? manifest, JsonArray? manifests, TemplateScope scope, ICollection<string> unresolved, List<string> problems)
    {
        var result = new JsonArray();
        try
        {
            foreach (var document in manifest is null ? [] : ManifestTemplate.Resolve(manifest, scope, unresolved))
            {
                result.Add(document);
            }
            foreach (var item in manifests ?? [])
            {
                IEnumerable<JsonNode?> documents = item is JsonValue text && text.GetValueKind() == JsonValueKind.String
                    ? ManifestTemplate.Resolve(text.GetValue<string>(), scope, unresolved)
                    : [TemplateResolver.Resolve(item, scope, unresolved)];
                foreach (var document in documents)
                {
                    result.Add(document);
                }
            }
        }
        catch (KubernetesStepException e)
        {
            problems.Add(e.Message);
        }
        return result;
    }

    private static string? TakeString(JsonObject config, string key) =>
        config[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String && config.Remove(key) ? value.GetValue<string>() : null;
}
