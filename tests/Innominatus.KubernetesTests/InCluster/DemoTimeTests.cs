using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using k8s;
using Xunit.Abstractions;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// demo-time, demo-status and demo-nuke in the real cluster, run as the deployment guide runs them (kubectl exec of
/// /app/innominatus-ctl in a service pod) with the stand-in catalogue of TestData/demo-catalogue.yaml, which the chart
/// got as demo.catalogue: the engine's helm, under the workflow service's ServiceAccount and ClusterRole, installs
/// the stand-in chart from a chart repository inside the cluster, and pods become Ready by their own probes.
/// </summary>
[Collection(InClusterCollection.Name)]
public class DemoTimeTests(ITestOutputHelper output)
{
    [ClusterFact]
    public async Task Demo_time_installs_what_a_component_needs_reports_real_readiness_changes_nothing_the_second_time_and_demo_nuke_removes_only_its_own()
    {
        var clock = Stopwatch.StartNew();
        var chart = await DemoChartRepository.StartAsync();
        try
        {
            // standin-extra is a catalogue namespace someone else made (no demo label), with their own release in it.
            (await RealCluster.KubectlAsync("create", "namespace", "standin-extra")).EnsureSuccess();
            (await RealCluster.HelmAsync("install", "extra", chart, "-n", "standin-extra", "--wait", "--timeout", "2m")).EnsureSuccess();
            var cli = await PodCli.AdminAsync();

            // --component web: web and what it needs (db), db first; extra is not touched.
            var first = (await cli.RunAsync("demo-time", "--component", "web", "--watch")).EnsureSuccess();
            output.WriteLine($"first demo-time after {clock.Elapsed}:\n{first.Stdout}");
            var run = await RunAsync(first.Stdout);
            Assert.True(Time(run, "install-db", "finishedAt") <= Time(run, "install-web", "startedAt"), "db is installed before web");
            Assert.Equal(new Dictionary<string, string> { ["db"] = "1", ["extra"] = "1", ["web"] = "1" }, await ReleasesAsync());
            Assert.Equal("true", (await RealCluster.Client.CoreV1.ReadNamespaceAsync("standin-web")).Metadata.Labels["innominatus.dev/demo"]);
            Assert.DoesNotContain("innominatus.dev/demo", (await RealCluster.Client.CoreV1.ReadNamespaceAsync("standin-extra")).Metadata.Labels?.Keys ?? []);

            // demo-status: health from the Deployments' real readiness, pods Ready by their probes.
            foreach (var component in new[] { "db", "web" })
            {
                Assert.Contains(await RealCluster.PodsAsync($"standin-{component}", $"app.kubernetes.io/instance={component}"), RealCluster.IsReady);
            }
            var status = await cli.StatusAsync();
            Assert.Equal(("installed", true, "1/1 replicas ready"), Health(status["db"]));
            Assert.Equal(("installed", true, "1/1 replicas ready"), Health(status["web"]));
            Assert.Equal("not-installed", status["extra"].GetProperty("state").GetString());

            // A second demo-time changes nothing: every release keeps its revision.
            var second = (await cli.RunAsync("demo-time", "--component", "web", "--watch")).EnsureSuccess();
            output.WriteLine($"second demo-time after {clock.Elapsed}:\n{second.Stdout}");
            Assert.Equal(new Dictionary<string, string> { ["db"] = "1", ["extra"] = "1", ["web"] = "1" }, await ReleasesAsync());
            var again = await RunAsync(second.Stdout);
            Assert.All(new[] { "install-db", "install-web" }, step => Assert.False(Step(again, step).GetProperty("outputs").GetProperty("changed").GetBoolean(), step));

            // demo-nuke: no release and no labelled namespace left; the namespace it did not make keeps its release.
            var nuke = (await cli.RunAsync("demo-nuke", "--yes", "--watch")).EnsureSuccess();
            output.WriteLine($"demo-nuke after {clock.Elapsed}:\n{nuke.Stdout}");
            Assert.Equal(new Dictionary<string, string> { ["extra"] = "1" }, await ReleasesAsync());
            // The run deletes without waiting; the namespace controller finishes within moments once the pods are gone.
            async Task<string> LabelledAsync() => string.Join(", ", (await RealCluster.Client.CoreV1.ListNamespaceAsync(labelSelector: "innominatus.dev/demo=true")).Items.Select(n => n.Metadata.Name));
            await RealCluster.EventuallyAsync(async () => await LabelledAsync() == "", TimeSpan.FromMinutes(2), LabelledAsync);
            Assert.Null((await RealCluster.Client.CoreV1.ReadNamespaceAsync("standin-extra")).Metadata.DeletionTimestamp);
            Assert.Contains(await RealCluster.PodsAsync("standin-extra"), RealCluster.IsReady);
            output.WriteLine($"demo run in the cluster: {clock.Elapsed}");
        }
        finally
        {
            await RealCluster.KubectlAsync("delete", "namespace", "standin-extra", "standin-db", "standin-web", "--ignore-not-found", "--wait=false");
            await DemoChartRepository.StopAsync(chart);
        }
    }

    /// <summary>
    /// Without the workflow service's ClusterRole (rbac.workflow.create=false, as RestrictedServiceAccountTests: a helm
    /// upgrade that restarts nothing), demo-time fails with the one line of the guide's "demo-time RBAC Errors".
    /// </summary>
    [ClusterFact]
    public async Task Without_the_workflow_cluster_role_demo_time_fails_with_the_guides_forbidden_error()
    {
        var clock = Stopwatch.StartNew();
        (await InstalledRelease.InstallOrUpgradeAsync("--set", "rbac.workflow.create=false")).EnsureSuccess();
        try
        {
            var cli = await PodCli.AdminAsync();

            var run = await cli.RunAsync("demo-time", "--component", "db", "--watch");

            Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Stdout}\n{run.Stderr}");
            var error = run.Stderr.Split('\n').FirstOrDefault(l => l.StartsWith("error: ", StringComparison.Ordinal)) ?? "";
            Assert.True(error.Length > 0, run.Stderr);
            Assert.Matches("^error: demo-time demo-time \\(run [0-9a-f-]{36}\\) failed at step namespace-standin-db: ", error);
            Assert.EndsWith(": apply Namespace/standin-db: forbidden: system:serviceaccount:innominatus-system:innominatus-workflow may not patch namespaces "
                + "in namespace standin-db: grant it in the workflow service's ClusterRole (chart: rbac.workflow.create=true; docs/kubernetes.md: \"demo-time RBAC Errors\")", error);
        }
        finally
        {
            (await InstalledRelease.InstallOrUpgradeAsync()).EnsureSuccess();
            output.WriteLine($"forbidden demo-time, with the role removed and restored: {clock.Elapsed}");
        }
    }

    /// <summary>Helm's deployed releases in the catalogue's namespaces: release → revision.</summary>
    private static async Task<Dictionary<string, string>> ReleasesAsync()
    {
        var list = (await RealCluster.HelmAsync("list", "-A", "-o", "json")).EnsureSuccess();
        return JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("namespace").GetString()!.StartsWith("standin-", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("revision").GetString()!);
    }

    /// <summary>The run the CLI named ("demo-time started: workflow run ID"), read through the gateway.</summary>
    private static async Task<JsonElement> RunAsync(string cliOutput)
    {
        var id = System.Text.RegularExpressions.Regex.Match(cliOutput, "workflow run ([0-9a-f-]{36})").Groups[1].Value;
        Assert.True(id.Length > 0, $"no run id in: {cliOutput}");
        using var admin = await ClusterGateway.AdminAsync();
        return await admin.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
    }

    private static JsonElement Step(JsonElement run, string name) =>
        run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static DateTimeOffset Time(JsonElement run, string step, string property) => Step(run, step).GetProperty(property).GetDateTimeOffset();

    private static (string?, bool, string?) Health(JsonElement component)
    {
        var health = component.GetProperty("health");
        return (component.GetProperty("state").GetString(), health.GetProperty("ready").GetBoolean(), health.GetProperty("detail").GetString());
    }
}
