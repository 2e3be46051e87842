using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-time, demo-status, demo-nuke and demo-reset against the local kube-apiserver with a test catalogue of three
/// components, each the helm step tests' ConfigMap-and-Secret chart (that API server runs no pods): the DemoService
/// builds the run, the WorkflowService runs real helm.
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
    public async Task Demo_time_installs_in_order_reports_real_health_changes_nothing_the_second_time_and_demo_nuke_removes_only_what_it_labelled()
    {
        var prefix = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        // The "ingress": answers app.localtest.me's health path, and only for that Host header.
        await using var ingress = await IngressStandInAsync();
        await using var stack = await DemoStack.StartAsync(prefix, Catalogue(prefix), demoSettings: new Dictionary<string, string> { ["Demo:IngressAddress"] = ingress.Urls.First() });

        // --component app: app and what it needs (base), not extra.
        var first = await stack.RunAsync("/api/demo/time", new { components = new[] { "app" } });
        var password = Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-credentials", $"{prefix}-app")).Data["password"]);
        var releases = await DemoStack.ReleasesAsync(cluster, prefix);
        var status = await stack.StatusAsync();

        Assert.Equal("succeeded", first.GetProperty("state").GetString());
        Assert.Equal(["app", "base"], releases.Keys.Order());
        Assert.Equal(password, Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-auth", $"{prefix}-app")).Data["password"]));
        Assert.True(Finished(first, "install-base") < Started(first, "install-app"), "base is installed before app");
        Assert.Equal("true", (await cluster.CoreV1.ReadNamespaceAsync($"{prefix}-app")).Metadata.Labels["innominatus.dev/demo"]);
        Assert.Equal(("installed", "installed", "not-installed"), (State(status["base"]), State(status["app"]), State(status["extra"])));

        // Real health: app's HTTP check answered (with its latency); base's Deployment does not exist (the chart has none).
        Assert.Equal((true, "HTTP 200"), Health(status["app"]));
        Assert.True(status["app"].GetProperty("health").GetProperty("latencyMs").GetInt64() >= 0);
        Assert.Equal((false, "not found"), Health(status["base"]));
        Assert.False(status["extra"].TryGetProperty("health", out var extraHealth) && extraHealth.ValueKind != JsonValueKind.Null, "extra is not installed, so not checked");

        // Once the Deployment is there and reports its replicas ready, base is ready.
        await cluster.AppsV1.CreateNamespacedDeploymentAsync(Deployment("base"), $"{prefix}-base");
        using (var kubelet = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
        {
            await LocalCluster.MarkReadyAsync(cluster, $"{prefix}-base", kubelet.Token);
        }
        Assert.Equal((true, "1/1 replicas ready"), Health((await stack.StatusAsync())["base"]));

        // A second run (all components) installs extra and leaves base and app as they are: same revision, a log line
        // saying so, the generated credentials and the values kept.
        var second = await stack.RunAsync("/api/demo/time", new { });
        Assert.Equal("succeeded", second.GetProperty("state").GetString());
        Assert.Equal(new Dictionary<string, string> { ["app"] = "1", ["base"] = "1", ["extra"] = "1" }, await DemoStack.ReleasesAsync(cluster, prefix));
        Assert.False(DemoStack.Step(second, "install-app").GetProperty("outputs").GetProperty("changed").GetBoolean());
        Assert.Contains(await stack.LogAsync(second, "install-app"), l => l.Contains("is already deployed with this chart, version and values: skipped", StringComparison.Ordinal));
        Assert.Equal(password, Encoding.UTF8.GetString((await cluster.CoreV1.ReadNamespacedSecretAsync("app-credentials", $"{prefix}-app")).Data["password"]));
        Assert.Equal("app", (await cluster.CoreV1.ReadNamespacedConfigMapAsync("app-settings", $"{prefix}-app")).Data["greeting"]);

        // demo-nuke: every release gone, the labelled namespaces deleted, a namespace of someone else's untouched.
        var bystander = $"{prefix}-keep";
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = bystander } });
        var nuke = await stack.RunAsync("/api/demo/nuke", new { confirm = true });

        Assert.Equal("succeeded", nuke.GetProperty("state").GetString());
        Assert.Empty(await DemoStack.ReleasesAsync(cluster, prefix));
        foreach (var ns in new[] { "base", "app", "extra" })
        {
            Assert.True(await GoneOrTerminatingAsync(cluster, $"{prefix}-{ns}"), $"{prefix}-{ns} still there");
        }
        Assert.Null((await cluster.CoreV1.ReadNamespaceAsync(bystander)).Metadata.DeletionTimestamp);

        // demo-reset: the three demo runs leave Innominatus' database; the status has no run to read any more.
        var reset = await stack.Demo.PostAsJsonAsync("/api/demo/reset", new { confirm = true });
        var cleared = await reset.Content.ReadFromJsonAsync<JsonElement>();
        var after = await stack.Demo.GetFromJsonAsync<JsonElement>("/api/demo/status");

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(3, cleared.GetProperty("runs").GetInt32());
        Assert.False(after.TryGetProperty("lastInstall", out var lastInstall) && lastInstall.ValueKind != JsonValueKind.Null, "no demo-time run is left");
        Assert.All(after.GetProperty("components").EnumerateArray(), c => Assert.Equal("not-installed", State(c)));
        Assert.Equal(HttpStatusCode.NotFound, (await stack.Runs.GetAsync($"/api/workflows/{first.GetProperty("id").GetGuid()}")).StatusCode);
    }

    private static async Task<WebApplication> IngressStandInAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/healthz", (HttpContext c) => c.Request.Host.Host == "app.localtest.me" ? Results.Ok() : Results.NotFound());
        await app.StartAsync();
        return app;
    }

    private static V1Deployment Deployment(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1DeploymentSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = name, Image = "busybox" }] },
            },
        },
    };

    private static string? State(JsonElement component) => component.GetProperty("state").GetString();

    private static (bool Ready, string? Detail) Health(JsonElement component) =>
        (component.GetProperty("health").GetProperty("ready").GetBoolean(), component.GetProperty("health").GetProperty("detail").GetString());

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

    private static DateTimeOffset Started(JsonElement run, string step) => DemoStack.Step(run, step).GetProperty("startedAt").GetDateTimeOffset();

    private static DateTimeOffset Finished(JsonElement run, string step) => DemoStack.Step(run, step).GetProperty("finishedAt").GetDateTimeOffset();
}
