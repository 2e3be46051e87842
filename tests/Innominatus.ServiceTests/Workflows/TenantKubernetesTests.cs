extern alias workflow;
using System.Text.Json.Nodes;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;
using workflow::Innominatus.WorkflowService.Data;
using workflow::Innominatus.WorkflowService.Workflows.Definitions;
using workflow::Innominatus.WorkflowService.Workflows.Engine;
using workflow::Innominatus.WorkflowService.Workloads;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// The engine's own checks on a tenant run (a Score file's workflow) against the local kube-apiserver: runs stored
/// before a rule existed, or whose manifests are only known while running, are held to it when their steps run.
/// </summary>
public class TenantKubernetesTests
{
    private const string Team = "team-a";

    [KubernetesFact]
    public async Task A_tenant_step_cannot_create_a_cluster_role_binding()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await using var engine = await StartAsync();

        var run = await engine.WaitForAsync(await StartTenantRunAsync(engine, ns, $$"""
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata:
              name: {{ns}}-pwn
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects:
              - kind: ServiceAccount
                name: default
                namespace: {{ns}}
            """), "failed");

        Assert.Contains("ClusterRoleBinding is cluster-scoped", EngineHost.Step(run, "apply").GetProperty("error").GetString());
        Assert.DoesNotContain((await cluster.RbacAuthorizationV1.ListClusterRoleBindingAsync()).Items, b => b.Metadata.Name == $"{ns}-pwn");
    }

    [KubernetesFact]
    public async Task A_tenant_step_cannot_write_into_another_teams_namespace_nor_into_one_innominatus_did_not_create()
    {
        var (theirs, unlabelled) = (LocalCluster.NewNamespace(), LocalCluster.NewNamespace());
        using var cluster = LocalCluster.Client();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = theirs, Labels = new Dictionary<string, string> { ["innominatus.dev/team"] = "team-b" } } });
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = unlabelled } });
        await using var engine = await StartAsync();

        var intoTheirs = await engine.WaitForAsync(await StartTenantRunAsync(engine, theirs, ConfigMap("planted", "x")), "failed");
        var intoUnlabelled = await engine.WaitForAsync(await StartTenantRunAsync(engine, unlabelled, ConfigMap("planted", "x")), "failed");

        Assert.Contains($"namespace {theirs} belongs to another team", EngineHost.Step(intoTheirs, "apply").GetProperty("error").GetString());
        Assert.Contains($"namespace {unlabelled} was not created by innominatus for team {Team}", EngineHost.Step(intoUnlabelled, "apply").GetProperty("error").GetString());
        foreach (var ns in new[] { theirs, unlabelled })
        {
            Assert.DoesNotContain((await cluster.CoreV1.ListNamespacedConfigMapAsync(ns)).Items, c => c.Metadata.Name == "planted");
        }
        Assert.Equal("team-b", (await cluster.CoreV1.ReadNamespaceAsync(theirs)).Metadata.Labels["innominatus.dev/team"]);
    }

    [KubernetesFact]
    public async Task A_tenant_step_applies_into_a_namespace_labelled_for_its_team_and_never_takes_over_another_managers_fields()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await using var engine = await StartAsync();

        var first = await engine.WaitForAsync(await StartTenantRunAsync(engine, ns, ConfigMap("mine", "1")), "succeeded");
        await cluster.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "theirs" }, Data = new Dictionary<string, string> { ["value"] = "original" } }, ns, fieldManager: "kubectl");
        var takeover = await engine.WaitForAsync(await StartTenantRunAsync(engine, ns, ConfigMap("theirs", "taken")), "failed");

        var labels = (await cluster.CoreV1.ReadNamespaceAsync(ns)).Metadata.Labels;
        Assert.Equal((Team, "innominatus", "baseline"), (labels["innominatus.dev/team"], labels["app.kubernetes.io/managed-by"], labels["pod-security.kubernetes.io/enforce"]));
        var mine = await cluster.CoreV1.ReadNamespacedConfigMapAsync("mine", ns);
        Assert.Contains($"innominatus-team-{Team}", mine.Metadata.ManagedFields.Select(f => f.Manager));
        Assert.Equal("succeeded", first.GetProperty("state").GetString());
        Assert.Contains("never take over fields another field manager owns", EngineHost.Step(takeover, "apply").GetProperty("error").GetString());
        Assert.Equal("original", (await cluster.CoreV1.ReadNamespacedConfigMapAsync("theirs", ns)).Data["value"]);
    }

    [KubernetesFact]
    public async Task A_tenant_argocd_app_gets_the_engines_project_and_destination_and_never_touches_another_teams_application()
    {
        var (argocd, application) = (LocalCluster.NewNamespace(), LocalCluster.NewNamespace());
        using var cluster = LocalCluster.Client();
        await ArgoCdCrds.InstallAsync(cluster);
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = argocd } });
        var theirs = new { apiVersion = "argoproj.io/v1alpha1", kind = "Application", metadata = new { name = "theirs", labels = new Dictionary<string, string> { ["innominatus.dev/team"] = "team-b" } }, spec = new { project = "team-b", source = new { repoURL = "http://git.example/b.git" }, destination = new { @namespace = "b" } } };
        await cluster.CustomObjects.CreateNamespacedCustomObjectAsync(theirs, "argoproj.io", "v1alpha1", argocd, "applications");
        await using var engine = await StartAsync(new Dictionary<string, string> { ["Workflows:TenantArgoCd:Namespace"] = argocd });

        var mine = await engine.WaitForAsync(await StartTenantRunAsync(engine, application, "argocd-app", new JsonObject { ["name"] = "mine", ["repoURL"] = "http://git.example/a.git" }), "succeeded");
        var takeover = await engine.WaitForAsync(await StartTenantRunAsync(engine, application, "argocd-app", new JsonObject { ["name"] = "theirs", ["repoURL"] = "http://git.example/a.git" }), "failed");

        var created = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(await cluster.CustomObjects.GetNamespacedCustomObjectAsync("argoproj.io", "v1alpha1", argocd, "applications", "mine")))!;
        Assert.Equal((Team, application, Team), (created["spec"]!["project"]!.ToString(), created["spec"]!["destination"]!["namespace"]!.ToString(), created["metadata"]!["labels"]!["innominatus.dev/team"]!.ToString()));
        Assert.Equal("succeeded", mine.GetProperty("state").GetString());
        Assert.Contains("is not team team-a's", EngineHost.Step(takeover, "apply").GetProperty("error").GetString());
        var untouched = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(await cluster.CustomObjects.GetNamespacedCustomObjectAsync("argoproj.io", "v1alpha1", argocd, "applications", "theirs")))!;
        Assert.Equal("http://git.example/b.git", untouched["spec"]!["source"]!["repoURL"]!.ToString());
    }

    private static string ConfigMap(string name, string value) => $"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: {name}}}\ndata: {{value: \"{value}\"}}\n";

    private static Task<EngineHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null) => EngineHost.StartAsync(
        new Dictionary<string, string> { ["noop"] = "  - {name: only, type: noop}\n" },
        new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Workloads:Deploy"] = "false" });

    private static Task<Guid> StartTenantRunAsync(EngineHost host, string application, string manifest) =>
        StartTenantRunAsync(host, application, "kubernetes", new JsonObject { ["manifest"] = manifest });

    /// <summary>A run of a Score file's workflow for the application <paramref name="application"/>, created the way a stored one would be, past the submission check.</summary>
    private static async Task<Guid> StartTenantRunAsync(EngineHost host, string application, string type, JsonObject config)
    {
        var step = new StepDefinition("apply", type, "deploy", [], null, TimeSpan.FromMinutes(1), null, config, new Dictionary<string, string>());
        var definition = new WorkflowDefinition("tenant", null, new Dictionary<string, ParameterDefinition>(), [step], new Dictionary<string, string>());
        using var scope = host.Service.Services.CreateScope();
        var run = scope.ServiceProvider.GetRequiredService<WorkflowEngine>().Create(definition, [], new ExecutionRequest(InlineWorkflowRuns.Kind, Team, "alice", application));
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<StepDispatch>().CommittedAsync();
        return run.Id;
    }
}
