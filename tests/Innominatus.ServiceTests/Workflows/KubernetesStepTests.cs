using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>Kubernetes steps against the real local kube-apiserver; skipped, saying so, where KUBECONFIG is not set.</summary>
public class KubernetesStepTests
{
    [KubernetesFact]
    public async Task A_kubernetes_step_applies_manifests_waits_for_readiness_and_deletes_them_again()
    {
        var ns = LocalCluster.NewNamespace();
        var manifests = $$$"""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: web-config}
            data: {greeting: "hello ${parameters.who}"}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: "nginx:1.27"
            """;
        var steps = $$"""
              - name: apply
                type: kubernetes
                config:
                  namespace: {{ns}}
                  wait: {for: ready, timeout: 60s}
                  manifest: |
            {{Indent(manifests, 8)}}
              - name: remove
                type: kubernetes
                dependsOn: [apply]
                when: "${parameters.cleanup} == true"
                config:
                  namespace: {{ns}}
                  operation: delete
                  manifest: |
            {{Indent(manifests, 8)}}
            """;
        using var cluster = LocalCluster.Client();
        using var stop = new CancellationTokenSource();
        var kubelet = LocalCluster.MarkReadyAsync(cluster, ns, stop.Token);
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["k8s"] = "parameters:\n  who: {type: string, default: world}\n  cleanup: {type: boolean, default: false}\n---steps\n" + steps,
            },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });

        var applied = await engine.WaitForAsync(await engine.RunAsync("k8s"), "succeeded", seconds: 90);
        var configMap = await cluster.CoreV1.ReadNamespacedConfigMapAsync("web-config", ns);
        var deployment = await cluster.AppsV1.ReadNamespacedDeploymentAsync("web", ns);
        var removed = await engine.WaitForAsync(await RunAgainAsync(engine, new { cleanup = true }), "succeeded", seconds: 90);
        stop.Cancel();
        await kubelet;

        Assert.Equal("hello world", configMap.Data["greeting"]);
        Assert.Equal(2, deployment.Spec.Replicas);
        Assert.Contains("innominatus", deployment.Metadata.ManagedFields.Select(f => f.Manager));
        Assert.Contains(await engine.LogLinesAsync(applied.GetProperty("id").GetGuid(), "apply"), l => l.StartsWith("Deployment/web in " + ns + " ready", StringComparison.Ordinal));
        Assert.Equal("succeeded", EngineHost.Step(removed, "remove").GetProperty("state").GetString());
        await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() => cluster.CoreV1.ReadNamespacedConfigMapAsync("web-config", ns));
    }

    [KubernetesFact]
    public async Task An_invalid_manifest_fails_the_step_with_the_API_servers_reason()
    {
        var ns = LocalCluster.NewNamespace();
        var steps = $$"""
              - name: apply
                type: kubernetes
                config:
                  namespace: {{ns}}
                  manifest: |
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: broken}
                    spec:
                      replicas: 1
                      template:
                        spec:
                          containers:
                          - {name: x, image: x}
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["broken"] = steps },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });

        var run = await engine.WaitForAsync(await engine.RunAsync("broken"), "failed", seconds: 60);

        var error = EngineHost.Step(run, "apply").GetProperty("error").GetString();
        Assert.StartsWith($"apply Deployment/broken in {ns}: 422", error);
        Assert.Contains("selector", error);
    }

    [KubernetesFact]
    public async Task A_refused_credential_fails_the_step_saying_what_the_API_server_answered_not_that_a_CRD_is_missing()
    {
        var kubeconfig = Path.GetTempFileName();
        await File.WriteAllTextAsync(kubeconfig, System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(LocalCluster.Kubeconfig!), "token: .*", "token: not-a-valid-token"));
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["refused"] = "  - name: apply\n    type: kubernetes\n    config:\n      manifest: |\n        {apiVersion: v1, kind: ConfigMap, metadata: {name: x}}\n" },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = kubeconfig });

        var run = await engine.WaitForAsync(await engine.RunAsync("refused"), "failed", seconds: 60);
        File.Delete(kubeconfig);

        Assert.Equal("discovery of v1: the API server answered 401 Unauthorized", EngineHost.Step(run, "apply").GetProperty("error").GetString());
    }

    private static async Task<Guid> RunAgainAsync(EngineHost engine, object parameters)
    {
        var before = (await engine.Client.GetFromJsonAsync<JsonElement>("/api/workflows")).GetProperty("total").GetInt32();
        await engine.Client.PostAsJsonAsync("/api/golden-paths/k8s/runs", new { parameters });
        while (true)
        {
            var page = await engine.Client.GetFromJsonAsync<JsonElement>("/api/workflows");
            if (page.GetProperty("total").GetInt32() > before)
            {
                return page.GetProperty("items")[0].GetProperty("id").GetGuid();
            }
            await Task.Delay(100);
        }
    }

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(line => new string(' ', spaces) + line));
}
