using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-time's platform-config wiring against the local kube-apiserver and <see cref="FakeGitea"/> (an in-memory fake
/// of Gitea's REST API, not Gitea): the engine reads the Gitea admin's password from the component's Secret, creates
/// the repository with the app-of-apps, and applies the root Application (ArgoCD's real CRD; no ArgoCD runs here).
/// </summary>
public sealed class DemoPlatformConfigTests
{
    private static string Catalogue(string prefix) => $$"""
        components:
          - name: gitea
            namespace: {{prefix}}-gitea
            chart: {name: charts/settings}
            values: {greeting: gitea}
            host: gitea.localtest.me
            health: {deployment: gitea}
            credentials: {secret: gitea-admin, keys: [password]}
          - name: argocd
            namespace: {{prefix}}-argocd
            chart: {name: charts/settings}
            values: {greeting: argocd}
            health: {deployment: argocd-server}
            dependsOn: [gitea]
          - name: other
            namespace: {{prefix}}-other
            chart: {name: charts/settings}
            health: {deployment: other}
        platformConfig:
          gitea: gitea
          argocd: argocd
          owner: {{FakeGitea.User}}
          passwordKey: password
          repository: platform-config
          service: {name: gitea-http, port: 3000}
        """;

    [HelmFact]
    public async Task Demo_time_seeds_platform_config_with_the_password_from_giteas_secret_and_applies_the_root_application_and_demo_nuke_removes_it()
    {
        var prefix = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await ArgoCdCrds.InstallAsync(cluster);
        await using var gitea = await FakeGitea.StartAsync();
        // The fake accepts only its own password: put it where demo-time generates gitea's credentials. ensure-secret
        // keeps a value that is there, as on a second demo-time, so the step can only succeed by reading this Secret.
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = $"{prefix}-gitea", Labels = new Dictionary<string, string> { ["innominatus.dev/demo"] = "true" } } });
        await cluster.CoreV1.CreateNamespacedSecretAsync(new V1Secret { Metadata = new V1ObjectMeta { Name = "gitea-admin" }, StringData = new Dictionary<string, string> { ["password"] = gitea.Password } }, $"{prefix}-gitea");
        await using var stack = await DemoStack.StartAsync(prefix, Catalogue(prefix),
            demoSettings: new Dictionary<string, string> { ["Demo:GiteaAddress"] = gitea.Url.ToString() },
            // The configured way for a platform's Gitea that egress rules would refuse (here: loopback).
            workflowSettings: new Dictionary<string, string> { ["Workflows:Egress:AllowedNetworks:0"] = "127.0.0.1/32" });

        // --component argocd brings gitea, the repository and the root Application, not "other".
        var run = await stack.RunAsync("/api/demo/time", new { components = new[] { "argocd" } });

        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.ToString());
        Assert.Equal(["argocd", "gitea"], (await DemoStack.ReleasesAsync(cluster, prefix)).Keys.Order());
        var repoUrl = $"http://gitea-http.{prefix}-gitea.svc:3000/{FakeGitea.User}/platform-config.git";
        var repo = gitea.Repo(FakeGitea.User, "platform-config");
        Assert.NotNull(repo);
        Assert.False(repo.Private);
        Assert.Contains($"repoURL: \"{repoUrl}\"", repo.File("root.yaml"), StringComparison.Ordinal);
        Assert.Contains($"namespace: \"{prefix}-argocd\"", repo.File("apps/demo-app.yaml"), StringComparison.Ordinal);
        Assert.NotNull(repo.File("values/demo-app.yaml"));
        var basic = $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeGitea.User}:{gitea.Password}"))}";
        Assert.All(gitea.Requests, r => Assert.Equal(basic, r.Authorization));
        Assert.True(DemoStack.Step(run, "platform-config-repo").GetProperty("outputs").GetProperty("commit").GetString() is { Length: > 0 });
        var log = await stack.LogAsync(run, "platform-config-repo");
        Assert.Contains($"created repository {FakeGitea.User}/platform-config", log);
        Assert.DoesNotContain(log, l => l.Contains(gitea.Password, StringComparison.Ordinal));

        // The root Application in ArgoCD's namespace, pointing at the in-cluster repository, without a finalizer.
        var app = await ApplicationAsync(cluster, $"{prefix}-argocd", "platform-config");
        Assert.NotNull(app);
        Assert.Equal((repoUrl, "apps"), (app["spec"]!["source"]!["repoURL"]!.GetValue<string>(), app["spec"]!["source"]!["path"]!.GetValue<string>()));
        Assert.True(app["spec"]!["syncPolicy"]!["automated"]!["prune"]!.GetValue<bool>() && app["spec"]!["syncPolicy"]!["automated"]!["selfHeal"]!.GetValue<bool>());
        Assert.Null(app["metadata"]!["finalizers"]);

        // A second run changes nothing in the repository.
        var commits = repo.Commits.Count;
        var again = await stack.RunAsync("/api/demo/time", new { components = new[] { "argocd" } });
        Assert.Equal("succeeded", again.GetProperty("state").GetString());
        Assert.Equal(commits, gitea.Repo(FakeGitea.User, "platform-config")!.Commits.Count);

        // demo-nuke deletes ArgoCD's namespace, and nothing holds the Application in it.
        var nuke = await stack.RunAsync("/api/demo/nuke", new { confirm = true });
        Assert.Equal("succeeded", nuke.GetProperty("state").GetString());
        Assert.Empty(await DemoStack.ReleasesAsync(cluster, prefix));
        Assert.True(await GoneOrTerminatingAsync(cluster, $"{prefix}-argocd"), "ArgoCD's namespace is still there");
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

    private static async Task<JsonNode?> ApplicationAsync(IKubernetes cluster, string ns, string name)
    {
        try
        {
            return JsonNode.Parse(JsonSerializer.Serialize(await cluster.CustomObjects.GetNamespacedCustomObjectAsync("argoproj.io", "v1alpha1", ns, "applications", name)));
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
