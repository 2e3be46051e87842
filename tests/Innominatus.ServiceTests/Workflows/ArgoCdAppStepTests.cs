using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// <c>argocd-app</c> steps against the local kube-apiserver with ArgoCD's real Application CRD. No ArgoCD controller
/// runs there, so the tests write the status ArgoCD would report.
/// </summary>
public class ArgoCdAppStepTests
{
    [KubernetesFact]
    public async Task An_argocd_app_step_applies_the_application_and_waits_until_argocd_reports_it_healthy()
    {
        var (cluster, ns) = await PrepareAsync();
        await using var engine = await StartAsync(ns, "apply", """
            repoURL: http://gitea.example/platform/shop.git
            path: deploy
            destination: {namespace: shop}
            syncPolicy: {automated: true, selfHeal: false}
            url: http://argocd.example/
            wait: {for: healthy, timeout: 60s}
            """);

        var run = await engine.RunAsync("apply");
        await WriteStatusAsync(cluster, ns, "shop-app", new { sync = new { status = "Synced" }, health = new { status = "Healthy" } });
        var done = await engine.WaitForAsync(run, "succeeded", seconds: 60);

        var app = JsonNode.Parse(JsonSerializer.Serialize(await cluster.CustomObjects.GetNamespacedCustomObjectAsync("argoproj.io", "v1alpha1", ns, "applications", "shop-app")))!;
        Assert.Equal("http://gitea.example/platform/shop.git", app["spec"]!["source"]!["repoURL"]!.ToString());
        Assert.Equal("deploy", app["spec"]!["source"]!["path"]!.ToString());
        Assert.Equal("shop", app["spec"]!["destination"]!["namespace"]!.ToString());
        Assert.Equal("true", app["spec"]!["syncPolicy"]!["automated"]!["prune"]!.ToString());
        Assert.Equal("false", app["spec"]!["syncPolicy"]!["automated"]!["selfHeal"]!.ToString());
        Assert.Equal("resources-finalizer.argocd.argoproj.io", app["metadata"]!["finalizers"]![0]!.ToString());
        var outputs = EngineHost.Step(done, "apply").GetProperty("outputs");
        Assert.Equal("Healthy", outputs.GetProperty("health").GetString());
        Assert.Equal($"http://argocd.example/applications/{ns}/shop-app", outputs.GetProperty("url").GetString());
        Assert.Contains(await engine.LogLinesAsync(run, "apply"), l => l.StartsWith($"Application/shop-app in {ns} healthy", StringComparison.Ordinal));
    }

    [KubernetesFact]
    public async Task A_failed_argocd_sync_fails_the_step_with_argocds_message()
    {
        var (cluster, ns) = await PrepareAsync();
        await using var engine = await StartAsync(ns, "apply", """
            repoURL: http://gitea.example/platform/shop.git
            wait: {for: synced, timeout: 60s}
            """);

        var run = await engine.RunAsync("apply");
        await WriteStatusAsync(cluster, ns, "shop-app", new { sync = new { status = "OutOfSync" }, operationState = new { operation = new { sync = new { } }, startedAt = DateTime.UtcNow.ToString("O"), phase = "Failed", message = "one or more objects failed to apply" } });
        var failed = await engine.WaitForAsync(run, "failed", seconds: 60);

        Assert.Equal($"Application/shop-app in {ns} sync failed: one or more objects failed to apply", EngineHost.Step(failed, "apply").GetProperty("error").GetString());
    }

    [KubernetesFact]
    public async Task Deleting_an_argocd_app_removes_the_application_and_a_second_delete_still_succeeds()
    {
        var (cluster, ns) = await PrepareAsync();
        await using var engine = await StartAsync(ns, "apply", "repoURL: http://gitea.example/platform/shop.git\ncascade: false", "delete");

        await engine.WaitForAsync(await engine.RunAsync("apply"), "succeeded");
        var deleted = await engine.WaitForAsync(await engine.RunAsync("delete"), "succeeded");
        var removed = await engine.LogLinesAsync(deleted.GetProperty("id").GetGuid(), "delete-again");

        await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() => cluster.CustomObjects.GetNamespacedCustomObjectAsync("argoproj.io", "v1alpha1", ns, "applications", "shop-app"));
        Assert.Equal($"Application/shop-app in {ns} was already gone", removed[1]);
    }

    private static async Task<(IKubernetes Cluster, string Namespace)> PrepareAsync()
    {
        var cluster = LocalCluster.Client();
        await ArgoCdCrds.InstallAsync(cluster);
        var ns = LocalCluster.NewNamespace();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        return (cluster, ns);
    }

    private static Task<EngineHost> StartAsync(string ns, string name, string config, string? deleteName = null)
    {
        var paths = new Dictionary<string, string>
        {
            [name] = $"  - name: apply\n    type: argocd-app\n    config:\n      name: shop-app\n      namespace: {ns}\n" +
                string.Join('\n', config.Split('\n').Select(line => "      " + line.Trim())),
        };
        if (deleteName is not null)
        {
            var delete = $"    type: argocd-app\n    config: {{name: shop-app, namespace: {ns}, operation: delete}}\n";
            paths[deleteName] = "  - name: delete\n" + delete + "  - name: delete-again\n    dependsOn: [delete]\n" + delete;
        }
        return EngineHost.StartAsync(paths, new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });
    }

    /// <summary>Plays the ArgoCD controller: once the step has created the Application, reports the given status.</summary>
    private static async Task WriteStatusAsync(IKubernetes cluster, string ns, string name, object status)
    {
        var patch = new V1Patch(JsonSerializer.Serialize(new { status }), V1Patch.PatchType.MergePatch);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await cluster.CustomObjects.PatchNamespacedCustomObjectAsync(patch, "argoproj.io", "v1alpha1", ns, "applications", name);
                return;
            }
            catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
