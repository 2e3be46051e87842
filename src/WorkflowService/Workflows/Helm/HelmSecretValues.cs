using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// <c>config.secretValues</c> resolved: a string is the value (typically a placeholder of a secret parameter or a secret
/// step output, already filled in), <c>{secret, key}</c> is read from that Secret in the release's namespace through
/// the engine's own connection. The values are returned, never logged: the step masks them in its log.
/// </summary>
public sealed class HelmSecretValues(SecretReader secrets)
{
    public async Task<List<KeyValuePair<string, string>>> ResolveAsync(JsonObject config, string ns, CancellationToken cancellationToken)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var (path, source) in config["secretValues"] as JsonObject ?? [])
        {
            values.Add(KeyValuePair.Create(path, source is JsonObject reference
                ? await ReadAsync(reference["secret"]!.ToString(), reference["key"]!.ToString(), ns, cancellationToken)
                : source?.ToString() ?? ""));
        }
        return values;
    }

    private async Task<string> ReadAsync(string name, string key, string ns, CancellationToken cancellationToken)
    {
        var data = await secrets.ReadAsync(ns, name, cancellationToken)
            ?? throw new KubernetesStepException($"helm: Secret {ns}/{name} does not exist (secretValues read Secrets in the release's namespace)");
        return data.Value(key) ?? throw new KubernetesStepException($"helm: Secret {ns}/{name} has no key '{key}'");
    }
}
