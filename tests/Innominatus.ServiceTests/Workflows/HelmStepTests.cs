using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// The helm step runs the real helm against the local kube-apiserver with a chart written for the tests
/// (tests/TestData/helm/settings-chart: a ConfigMap and a Secret, since that API server runs no pods).
/// </summary>
public class HelmStepTests
{
    private const string Password = "helm-secret-Zq81xKe4";

    private static string Install(string ns, string greeting) => $$"""
          - name: install
            type: helm
            config:
              release: settings
              namespace: {{ns}}
              chart: charts/settings
              values: {greeting: {{greeting}}, replicas: 2}
              secretValues:
                auth.password: {secret: admin-credentials, key: password}
              timeout: 1m
        """;

    [HelmFact]
    public async Task A_release_is_installed_with_values_and_a_secret_value_upgraded_and_uninstalled_and_the_secret_never_shows()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        var root = TestCharts.SettingsChartRoot("innominatus-helm-");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["helm-install"] = Install(ns, "hello"),
                ["helm-upgrade"] = Install(ns, "bonjour"),
                ["helm-test"] = $"  - {{name: check, type: helm, config: {{operation: test, release: settings, namespace: {ns}}}}}\n",
                ["helm-uninstall"] = $"  - {{name: remove, type: helm, config: {{operation: uninstall, release: settings, namespace: {ns}, timeout: 1m}}}}\n",
            },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Workflows:Helm:Path"] = HelmFactAttribute.Binary!, ["Workspaces:Root"] = root });
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        await cluster.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "admin-credentials" }, StringData = new Dictionary<string, string> { ["password"] = Password } }, ns);

        var installed = await engine.WaitForAsync(await engine.RunAsync("helm-install"), "succeeded", seconds: 120);
        var first = await cluster.CoreV1.ReadNamespacedConfigMapAsync("settings-settings", ns);
        var upgraded = await engine.WaitForAsync(await engine.RunAsync("helm-upgrade"), "succeeded", seconds: 120);
        var second = await cluster.CoreV1.ReadNamespacedConfigMapAsync("settings-settings", ns);
        var auth = await cluster.CoreV1.ReadNamespacedSecretAsync("settings-auth", ns);
        var tested = await engine.WaitForAsync(await engine.RunAsync("helm-test"), "succeeded", seconds: 120);
        var uninstalled = await engine.WaitForAsync(await engine.RunAsync("helm-uninstall"), "succeeded", seconds: 120);

        Assert.Equal(("hello", "2"), (first.Data["greeting"], first.Data["replicas"]));
        Assert.Equal("bonjour", second.Data["greeting"]);
        Assert.Equal(Password, Encoding.UTF8.GetString(auth.Data["password"]));
        var outputs = EngineHost.Step(upgraded, "install").GetProperty("outputs");
        Assert.Equal(("settings", ns, 2, "deployed"), (outputs.GetProperty("release").GetString(), outputs.GetProperty("namespace").GetString(), outputs.GetProperty("revision").GetInt32(), outputs.GetProperty("status").GetString()));
        var log = await engine.LogLinesAsync(installed.GetProperty("id").GetGuid(), "install");
        Assert.Contains(log, l => l.Contains("STATUS: deployed", StringComparison.Ordinal));
        Assert.Contains("Settings settings installed; the admin password is (secret) (a chart that quotes a secret value in its notes: the step log must mask it).", log);
        Assert.Equal("deployed", EngineHost.Step(tested, "check").GetProperty("outputs").GetProperty("status").GetString());
        Assert.Empty((await cluster.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: "app.kubernetes.io/instance=settings")).Items);
        Assert.Empty((await cluster.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: "owner=helm")).Items);
        foreach (var run in new[] { installed, upgraded, tested, uninstalled }.Select(r => r.GetProperty("id").GetGuid()))
        {
            var shown = await engine.Client.GetStringAsync($"/api/workflows/{run}") + await engine.Client.GetStringAsync($"/api/workflows/{run}/logs");
            Assert.DoesNotContain(Password, shown, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(root, ".steps"), "*values.json", SearchOption.AllDirectories));
        Directory.Delete(root, recursive: true);
    }

    [HelmFact]
    public async Task A_plan_of_a_helm_step_lists_the_objects_helm_template_renders_without_reading_the_secret()
    {
        var ns = LocalCluster.NewNamespace();
        var root = TestCharts.SettingsChartRoot("innominatus-helm-");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["helm-plan"] = Install(ns, "hello") },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Workflows:Helm:Path"] = HelmFactAttribute.Binary!, ["Workspaces:Root"] = root });

        var answer = await (await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "helm-plan" })).Content.ReadAsStringAsync();

        var step = JsonDocument.Parse(answer).RootElement.GetProperty("steps")[0];
        Assert.Equal(["ConfigMap/settings-settings in " + ns, "Secret/settings-auth in " + ns], step.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("object").GetString()).Order());
        Assert.StartsWith("rendered by helm template: 2 objects", step.GetProperty("note").GetString());
        using var cluster = LocalCluster.Client();
        Assert.False((await cluster.CoreV1.ListNamespaceAsync()).Items.Any(n => n.Metadata.Name == ns), "a plan creates nothing");
        Directory.Delete(root, recursive: true);
    }

    [HelmFact]
    public async Task A_chart_that_cannot_install_fails_the_step_with_helms_own_words_in_the_log()
    {
        var ns = LocalCluster.NewNamespace();
        var root = TestCharts.SettingsChartRoot("innominatus-helm-");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["helm-fail"] = $"  - {{name: install, type: helm, config: {{release: broken, namespace: {ns}, chart: charts/settings, values: {{fail: true}}}}}}\n" },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Workflows:Helm:Path"] = HelmFactAttribute.Binary!, ["Workspaces:Root"] = root });

        var failed = await engine.WaitForAsync(await engine.RunAsync("helm-fail"), "failed", seconds: 120);

        Assert.Equal("helm upgrade --install exited with code 1", EngineHost.Step(failed, "install").GetProperty("error").GetString());
        Assert.Contains(await engine.LogLinesAsync(failed.GetProperty("id").GetGuid(), "install"), l => l.Contains("the chart was asked to fail (values: fail=true)", StringComparison.Ordinal));
        using var cluster = LocalCluster.Client();
        Assert.Empty((await cluster.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: "owner=helm")).Items);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Without_helm_a_helm_step_fails_at_once_naming_the_setting()
    {
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["no-helm"] = "  - {name: remove, type: helm, retry: {count: 3, backoff: 30s}, config: {operation: uninstall, release: settings, namespace: shop}}\n" },
            new Dictionary<string, string> { ["Workflows:Helm:Path"] = "/nonexistent/helm" });

        var failed = await engine.WaitForAsync(await engine.RunAsync("no-helm"), "failed", seconds: 20);

        var step = EngineHost.Step(failed, "remove");
        Assert.Equal(1, step.GetProperty("attempt").GetInt32());
        Assert.Equal("helm is not installed on this worker ('/nonexistent/helm' not found): install helm 3 on the workflow service's machine or set Workflows:Helm:Path to its path", step.GetProperty("error").GetString());
    }
}
