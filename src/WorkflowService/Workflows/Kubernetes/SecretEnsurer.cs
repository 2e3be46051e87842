using System.Text;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Reads the Secret and keeps the values it holds; keys it lacks (or the whole Secret) get random values, applied
/// without force in a tenant run, so a later apply of the same Secret by the workflow keeps them. The values are returned, never logged.
/// </summary>
public sealed class SecretEnsurer(KubernetesApplier applier)
{
    public async Task<(JsonObject Values, IReadOnlyList<string> Generated)> EnsureAsync(EnsureSecretConfig config, string ns, RunOwner? owner, CancellationToken cancellationToken)
    {
        var manifest = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = new JsonObject { ["name"] = config.Name, ["namespace"] = ns },
            ["type"] = "Opaque",
        };
        var target = await applier.ResolveAsync(manifest, ns, cancellationToken);
        var existing = (await applier.GetAsync(target, cancellationToken))?["data"] as JsonObject ?? [];
        var values = new JsonObject();
        var generated = new List<string>();
        foreach (var key in config.Keys)
        {
            var value = existing[key] is JsonValue data ? Decode(data.ToString()) : "";
            if (value.Length == 0)
            {
                value = RandomSecretValue.Create(config.Length);
                generated.Add(key);
            }
            values[key] = value;
        }
        if (generated.Count > 0)
        {
            manifest["stringData"] = new JsonObject(generated.Select(k => KeyValuePair.Create(k, (JsonNode?)values[k]!.DeepClone())));
            // A manager of its own: applying only the missing keys must not drop fields the workflow's own apply set.
            var manager = (owner?.FieldManager ?? KubernetesApplier.FieldManager) + "-ensure-secret";
            await applier.ApplyAsync(target, manifest, manager, force: owner is not { Tenant: true }, dryRun: false, cancellationToken);
        }
        return (values, generated);
    }

    private static string Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
