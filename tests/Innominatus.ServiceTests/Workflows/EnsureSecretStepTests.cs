using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// <c>operation: ensure-secret</c> against the real local kube-apiserver, as the shipped provider workflows use it:
/// generated once, kept on every later run, and never shown.
/// </summary>
public class EnsureSecretStepTests
{
    private static string Steps(string ns) => $$"""
          - name: generate-credentials
            type: kubernetes
            phase: pre
            config:
              operation: ensure-secret
              namespace: {{ns}}
              name: shop-db
              keys: [password, access_key_id]
              length: 24
          - name: apply-credentials
            type: kubernetes
            config:
              namespace: {{ns}}
              manifest: |
                apiVersion: v1
                kind: Secret
                metadata:
                  name: shop-db
                  labels: {app.kubernetes.io/managed-by: innominatus}
                stringData:
                  username: shop
                  password: "${steps.generate-credentials.outputs.password}"
                  access_key_id: "${steps.generate-credentials.outputs.access_key_id}"
          - name: publish-outputs
            type: noop
            phase: post
            outputs:
              password: "${steps.generate-credentials.outputs.password}"
              access_key_id: "${steps.generate-credentials.outputs.access_key_id}"
        """;

    [KubernetesFact]
    public async Task The_password_is_generated_once_kept_on_the_next_run_and_never_shown()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["creds-first"] = Steps(ns), ["creds-second"] = Steps(ns) },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });

        var first = await engine.RunAsync("creds-first");
        await engine.WaitForAsync(first, "succeeded", seconds: 60);
        var created = await cluster.CoreV1.ReadNamespacedSecretAsync("shop-db", ns);
        var second = await engine.RunAsync("creds-second");
        await engine.WaitForAsync(second, "succeeded", seconds: 60);
        var kept = await cluster.CoreV1.ReadNamespacedSecretAsync("shop-db", ns);

        var password = Encoding.UTF8.GetString(created.Data["password"]);
        var accessKey = Encoding.UTF8.GetString(created.Data["access_key_id"]);
        Assert.Matches("^[A-Za-z0-9]{24}$", password);
        Assert.Equal(password, Encoding.UTF8.GetString(kept.Data["password"]));
        Assert.Equal(accessKey, Encoding.UTF8.GetString(kept.Data["access_key_id"]));
        Assert.Equal("shop", Encoding.UTF8.GetString(kept.Data["username"]));
        Assert.Contains($"Secret {ns}/shop-db: generated password, access_key_id", await engine.LogLinesAsync(first, "generate-credentials"));
        Assert.Contains($"Secret {ns}/shop-db: kept password, access_key_id", await engine.LogLinesAsync(second, "generate-credentials"));
        foreach (var run in new[] { first, second })
        {
            var shown = await engine.Client.GetStringAsync($"/api/workflows/{run}")
                + await engine.Client.GetStringAsync($"/api/workflows/{run}/logs")
                + await engine.Client.GetStringAsync("/api/workflows");
            Assert.DoesNotContain(password, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(accessKey, shown, StringComparison.Ordinal);
            var outputs = EngineHost.Step(JsonDocument.Parse(await engine.Client.GetStringAsync($"/api/workflows/{run}")).RootElement, "generate-credentials").GetProperty("outputs");
            Assert.Equal("(secret)", outputs.GetProperty("access_key_id").GetString());
        }
    }

    [Fact]
    public async Task Without_a_kubeconfig_a_kubernetes_step_fails_at_once_saying_how_to_configure_a_cluster()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "kubeconfig");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["no-cluster"] = "  - {name: creds, type: kubernetes, retry: {count: 3, backoff: 30s}, config: {operation: ensure-secret, namespace: shop, name: shop-db, keys: [password]}}\n" },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = missing });

        var failed = await engine.WaitForAsync(await engine.RunAsync("no-cluster"), "failed", seconds: 20);

        var step = EngineHost.Step(failed, "creds");
        Assert.Equal(1, step.GetProperty("attempt").GetInt32());
        Assert.Equal($"No Kubernetes cluster is configured (no kubeconfig at {missing}): set KUBECONFIG (or Kubernetes:Kubeconfig) for the WorkflowService, or start the AppHost with --local-cluster to run the local cluster (docs/kubernetes.md).", step.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_API_server_that_does_not_answer_is_named_in_the_steps_error()
    {
        var kubeconfig = Path.GetTempFileName();
        await File.WriteAllTextAsync(kubeconfig, """
            apiVersion: v1
            kind: Config
            clusters: [{name: gone, cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}}]
            users: [{name: admin, user: {token: t}}]
            contexts: [{name: gone, context: {cluster: gone, user: admin}}]
            current-context: gone
            """);
        try
        {
            await using var engine = await EngineHost.StartAsync(
                new Dictionary<string, string> { ["gone-cluster"] = "  - {name: creds, type: kubernetes, config: {operation: ensure-secret, namespace: shop, name: shop-db, keys: [password]}}\n" },
                new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = kubeconfig });

            var failed = await engine.WaitForAsync(await engine.RunAsync("gone-cluster"), "failed", seconds: 20);

            Assert.StartsWith("The Kubernetes API server https://127.0.0.1:1 cannot be reached (", EngineHost.Step(failed, "creds").GetProperty("error").GetString());
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }
}
