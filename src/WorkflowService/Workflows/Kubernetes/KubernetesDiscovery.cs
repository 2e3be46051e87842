using System.Collections.Concurrent;
using System.Text.Json;
using k8s;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>Finds the resource name and scope of a kind from the API server's discovery documents, cached per group version.</summary>
public sealed class KubernetesDiscovery
{
    private readonly ConcurrentDictionary<string, Dictionary<string, (string Plural, bool Namespaced)>> cache = new();

    public async Task<(string Plural, bool Namespaced)?> FindAsync(IKubernetes client, string apiVersion, string kind, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(apiVersion, out var kinds) || !kinds.ContainsKey(kind))
        {
            kinds = await LoadAsync(client, apiVersion, cancellationToken);
            if (kinds.Count > 0)
            {
                cache[apiVersion] = kinds;
            }
        }
        return kinds.TryGetValue(kind, out var found) ? found : null;
    }

    private static async Task<Dictionary<string, (string, bool)>> LoadAsync(IKubernetes client, string apiVersion, CancellationToken cancellationToken)
    {
        var path = apiVersion.Contains('/') ? $"/apis/{apiVersion}" : $"/api/{apiVersion}";
        using var response = await KubernetesHttp.SendAsync(client, HttpMethod.Get, path, null, null, cancellationToken);
        var kinds = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return kinds; // the group version is not served: the caller names the kind that is missing
        }
        if (!response.IsSuccessStatusCode)
        {
            // A refused credential is not a missing CRD: say what the API server answered.
            throw new KubernetesStepException($"discovery of {apiVersion}: the API server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
        {
            var name = resource.GetProperty("name").GetString()!;
            if (!name.Contains('/'))
            {
                kinds[resource.GetProperty("kind").GetString()!] = (name, resource.GetProperty("namespaced").GetBoolean());
            }
        }
        return kinds;
    }
}
