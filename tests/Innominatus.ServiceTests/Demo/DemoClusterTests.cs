extern alias demo;
extern alias workflow;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-time and demo-nuke against the local kube-apiserver with a test catalogue of three components, each the helm
/// step tests' ConfigMap-and-Secret chart (that API server runs no pods): the DemoService builds the run, the
/// WorkflowService runs real helm.
/// </summary>
public sealed class DemoClusterTests
{
    private static string Catalogue(string prefix) => $$"""
        components:
          - name: base
            namespace: {{prefix}}-base
            chart: {name: charts/settings}
            values: {greeting: base}
            health: {deployment: base}
          - name: app
            namespace: {{prefix}}-app
            chart: {name: charts/settings}
            values: {greeting: app}
            secretValues: {auth.password: password}
            host: app.localtest.me
            health: {path: /healthz}
            dependsOn: [base]
            credentials: {secret: app-credentials, keys: [password]}
          - name: extra
            namespace: {{prefix}}-extra
            chart: {name: charts/settings}
            values: {greeting: extra}
            health: {deployment: extra}
        """;

    [HelmFact]
    public async Task Demo_time_installs_in_order_reconciles_selects_and_demo_nuke_removes_only_what_it_labelled()
    {
        var prefix = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        var root = TestCharts.SettingsChartRoot("innominatus-demo-");
        var catalogue = Path.Combine(root, "catalogue.yaml");
        await File.WriteAllTextAsync(catalogue, Catalogue(prefix));
        var database = TestInfrastructure.NewDatabaseConnectionString();
        await using var workflowService = new ServiceFactory<workflow::Program>(database, new Dictionary<string, string>
        {
            ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Workflows:Helm:Path"] = HelmFactAttribute.Binary!, ["Workspaces:Root"] = root,
        });
        using var workflowClient = await workflowService.StartOnLoopbackAsync();
        await using var demoService = new ServiceFactory<demo::Program>(database, new Dictionary<string, string>
        {
            ["Demo:WorkflowService"] = workflowService.Address!.ToString(), ["Demo:Catalogue"] = catalogue,
        });
        using var demoClient = (await demoService.StartOnLoopbackAsync()).As("demo-admin", null, InternalCallerDefaults.AdminRole);
        using var runs = new HttpClient { BaseAddress = workflowService.Address }.As("demo-admin", null, InternalCallerDefaults.AdminRole);

        // --component app: app and what it needs (base), not extra.
        var first = await RunAsync(demoClient, runs, "/api/demo/time", new { components = new[] { "app" } });
        var password = Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-credentials", $"{prefix}-app")).Data["password"]);
        var releases = await ReleasesAsync(cluster, prefix);
        var status = await demoClient.GetFromJsonAsync<JsonElement>("/api/demo/status");

        Assert.Equal("succeeded", first.GetProperty("state").GetString());
        Assert.Equal(["app", "base"], releases.Keys.Order());
        Assert.Equal(password, Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-auth", $"{prefix}-app")).Data["password"]));
        Assert.True(Finished(first, "install-base") < Started(first, "install-app"), "base is installed before app");
        Assert.Equal("true", (await cluster.CoreV1.ReadNamespaceAsync($"{prefix}-app")).Metadata.Labels["innominatus.dev/demo"]);
        var states = status.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("state").GetString());
        Assert.Equal(("installed", "installed", "not-installed"), (states["base"], states["app"], states["extra"]));

        // A second run (all components) installs extra and reconciles the rest: the generated credentials and the values stay.
        var second = await RunAsync(demoClient, runs, "/api/demo/time", new { });
        Assert.Equal("succeeded", second.GetProperty("state").GetString());
        Assert.Equal(["app", "base", "extra"], (await ReleasesAsync(cluster, prefix)).Keys.Order());
        Assert.Equal(password, Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-credentials", $"{prefix}-app")).Data["password"]));
        Assert.Equal("app", (await cluster.CoreV1.ReadNamespacedConfigMapAsync("app-settings", $"{prefix}-app")).Data["greeting"]);

        // demo-nuke: every release gone, the labelled namespaces deleted, a namespace of someone else's untouched.
        var bystander = $"{prefix}-keep";
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = bystander } });
        var nuke = await RunAsync(demoClient, runs, "/api/demo/nuke", new { confirm = true });

        Assert.Equal("succeeded", nuke.GetProperty("state").GetString());
        Assert.Empty(await ReleasesAsync(cluster, prefix));
        foreach (var ns in new[] { "base", "app", "extra" })
        {
            Assert.True(await GoneOrTerminatingAsync(cluster, $"{prefix}-{ns}"), $"{prefix}-{ns} still there");
        }
        Assert.Null((await cluster.CoreV1.ReadNamespaceAsync(bystander)).Metadata.DeletionTimestamp);
        Directory.Delete(root, recursive: true);
    }

    private static async Task<JsonElement> RunAsync(HttpClient demoClient, HttpClient runs, string path, object body)
    {
        var response = await demoClient.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{path}: {(int)response.StatusCode} {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("workflowRunId").GetGuid();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            var run = await runs.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
            if (run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return run;
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Helm's release records (Secrets labelled owner=helm) in the test's namespaces: release name → revision.</summary>
    private static async Task<Dictionary<string, string>> ReleasesAsync(IKubernetes cluster, string prefix)
    {
        var secrets = await cluster.CoreV1.ListSecretForAllNamespacesAsync(labelSelector: "owner=helm,status=deployed");
        return secrets.Items.Where(s => s.Metadata.NamespaceProperty.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Metadata.Labels["name"], s => s.Metadata.Labels["version"]);
    }

    private static async Task<bool> GoneOrTerminatingAsync(IKubernetes cluster, string ns)
    {
        try
        {
            return (await cluster.CoreV1.ReadNamespaceAsync(ns)).Metadata.DeletionTimestamp is not null;
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return true;
        }
    }

    private static DateTimeOffset Started(JsonElement run, string step) => Step(run, step).GetProperty("startedAt").GetDateTimeOffset();

    private static DateTimeOffset Finished(JsonElement run, string step) => Step(run, step).GetProperty("finishedAt").GetDateTimeOffset();

    private static JsonElement Step(JsonElement run, string step) => run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == step);
}
