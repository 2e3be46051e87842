using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// /app/innominatus-ctl run as the deployment guide runs it: `kubectl exec -n innominatus-system $POD --
/// /app/innominatus-ctl ...` in the first pod labelled app.kubernetes.io/name=innominatus, with an admin's API key
/// passed per call (`env IDP_API_KEY=...`, as docs/kubernetes.md says for an install without cli.existingSecret).
/// </summary>
public sealed class PodCli(string pod, string apiKey)
{
    /// <summary>The guide's pod, and a new API key of the bootstrap admin (demo-time is admins only).</summary>
    public static async Task<PodCli> AdminAsync()
    {
        var pod = (await RealCluster.KubectlAsync("get", "pod", "-n", InstalledRelease.Namespace, "-l", "app.kubernetes.io/name=innominatus",
            "-o", "jsonpath={.items[0].metadata.name}")).EnsureSuccess().Stdout.Trim();
        using var admin = await ClusterGateway.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/profile/api-keys", new { name = $"demo-{Guid.NewGuid():N}"[..20], expiryDays = 1 });
        await ClusterGateway.EnsureAsync(created);
        return new PodCli(pod, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
    }

    public async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(
            File.Exists("/usr/bin/kubectl") ? "/usr/bin/kubectl" : Path.Combine(Repository.Root, ".tools", "kubectl", "kubectl"),
            ["exec", "-n", InstalledRelease.Namespace, pod, "--kubeconfig", RealCluster.Kubeconfig, "--",
                "env", $"IDP_API_KEY={apiKey}", "/app/innominatus-ctl", .. arguments],
            timeout: TimeSpan.FromMinutes(6));
        // The key is a credential: failure messages name the command without it.
        return result with { Command = $"kubectl exec -n {InstalledRelease.Namespace} {pod} -- /app/innominatus-ctl {string.Join(' ', arguments)}" };
    }

    /// <summary>demo-status -o json: the API's answer, by component name.</summary>
    public async Task<Dictionary<string, JsonElement>> StatusAsync()
    {
        var status = (await RunAsync("demo-status", "-o", "json")).EnsureSuccess();
        return JsonDocument.Parse(status.Stdout).RootElement.GetProperty("components").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
    }
}
