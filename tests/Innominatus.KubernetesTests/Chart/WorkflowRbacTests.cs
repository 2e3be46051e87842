using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>The workflow service's ClusterRole and the step role (docs/kubernetes.md, "RBAC of the workflow service").</summary>
public sealed class WorkflowRbacTests
{
    private static readonly string[] ApplyVerbs = ["get", "create", "patch"];

    [Fact]
    public async Task Workflow_role_covers_every_kind_the_shipped_workflows_apply_or_delete()
    {
        var rules = (await Helm.TemplateAsync()).Get<V1ClusterRole>("ClusterRole", "innominatus-workflow").Rules;

        var catalog = CatalogKinds.Read();
        Assert.Contains(("", "namespaces"), catalog.Keys); // the parser found the catalog
        Assert.All(catalog, entry =>
        {
            var verbs = entry.Value.SelectMany(op => op == "delete" ? ["delete"] : ApplyVerbs);
            foreach (var verb in verbs)
            {
                Assert.True(Grants(rules, entry.Key.Group, entry.Key.Resource, verb), $"{entry.Key.Group}/{entry.Key.Resource} lacks {verb}");
            }
        });
    }

    [Theory]
    [InlineData("", "namespaces", "patch")] // the team label, server-side applied
    [InlineData("apps", "deployments", "delete")] // Score workloads deprovisioned
    [InlineData("", "services", "create")]
    [InlineData("", "configmaps", "patch")]
    [InlineData("batch", "jobs", "watch")] // process-step Jobs
    [InlineData("", "pods/log", "get")]
    [InlineData("", "serviceaccounts", "create")]
    [InlineData("rbac.authorization.k8s.io", "rolebindings", "create")]
    [InlineData("", "secrets", "list")] // helm steps: the release records (seen forbidden in the real cluster)
    [InlineData("", "secrets", "update")]
    [InlineData("apps", "replicasets", "list")] // helm --wait on a Deployment
    public async Task Workflow_role_grants_what_the_engine_itself_does(string group, string resource, string verb)
    {
        var rules = (await Helm.TemplateAsync()).Get<V1ClusterRole>("ClusterRole", "innominatus-workflow").Rules;

        Assert.True(Grants(rules, group, resource, verb));
    }

    [Fact]
    public async Task Workflow_role_has_no_wildcard_no_escalation_and_binds_only_the_step_role()
    {
        var rendered = await Helm.TemplateAsync();

        var rules = rendered.Get<V1ClusterRole>("ClusterRole", "innominatus-workflow").Rules;
        Assert.All(rules, r => Assert.DoesNotContain("*", r.ApiGroups.Concat(r.Resources).Concat(r.Verbs)));
        Assert.All(rules, r => Assert.False(r.Verbs.Intersect(["escalate", "impersonate"]).Any()));
        var bind = Assert.Single(rules, r => r.Verbs.Contains("bind"));
        Assert.Equal(["bind"], bind.Verbs);
        Assert.Equal(["clusterroles"], bind.Resources);
        Assert.Equal(["innominatus-step"], bind.ResourceNames);
        Assert.DoesNotContain(rules, r => r.Resources.Any(res => res is "clusterroles" or "clusterrolebindings" or "roles") && !r.Verbs.SequenceEqual(["bind"]));
        var binding = rendered.Get<V1ClusterRoleBinding>("ClusterRoleBinding", "innominatus-workflow");
        Assert.Equal("innominatus-workflow", binding.RoleRef.Name);
        Assert.Equal(("innominatus-workflow", "innominatus-system"), (Assert.Single(binding.Subjects).Name, binding.Subjects[0].NamespaceProperty));
    }

    [Fact]
    public async Task Step_role_reads_inside_a_namespace_and_is_named_to_the_engine()
    {
        var rendered = await Helm.TemplateAsync();

        var rules = rendered.Get<V1ClusterRole>("ClusterRole", "innominatus-step").Rules;
        Assert.True(Grants(rules, "", "secrets", "get"));
        Assert.True(Grants(rules, "apps", "deployments", "patch"));
        Assert.DoesNotContain(rules, r => r.Resources.Any(res => res is "namespaces" or "nodes" or "clusterroles" or "rolebindings"));
        Assert.All(rules, r => Assert.DoesNotContain("*", r.Resources.Concat(r.Verbs)));
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("innominatus-step", Containers.Env(container, "Workflows__ProcessSteps__JobClusterRole").Value);
        Assert.Equal("kubernetes-job", Containers.Env(container, "Workflows__ProcessSteps__Runner").Value);
        Assert.NotNull(Containers.Env(container, "POD_NAMESPACE").ValueFrom.FieldRef);
    }

    [Theory]
    [InlineData("", "secrets", "get")]
    [InlineData("", "secrets", "list")]
    [InlineData("", "secrets", "create")]
    [InlineData("", "secrets", "update")]
    [InlineData("", "secrets", "delete")]
    [InlineData("coordination.k8s.io", "leases", "get")]
    [InlineData("coordination.k8s.io", "leases", "create")]
    [InlineData("coordination.k8s.io", "leases", "update")]
    [InlineData("coordination.k8s.io", "leases", "delete")]
    public async Task Step_role_lets_terraform_keep_its_state_in_the_namespace(string group, string resource, string verb)
    {
        var rules = (await Helm.TemplateAsync()).Get<V1ClusterRole>("ClusterRole", "innominatus-step").Rules;

        Assert.True(Grants(rules, group, resource, verb), $"{group}/{resource} lacks {verb}");
    }

    [Fact]
    public async Task Turning_the_step_role_off_leaves_nothing_to_bind()
    {
        var rendered = await Helm.TemplateAsync("--set", "rbac.step.create=false");

        Assert.False(rendered.Has("ClusterRole", "innominatus-step"));
        Assert.DoesNotContain(rendered.Get<V1ClusterRole>("ClusterRole", "innominatus-workflow").Rules, r => r.Verbs.Contains("bind"));
        Assert.Equal("", Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow")), "Workflows__ProcessSteps__JobClusterRole").Value);
    }

    [Fact]
    public async Task Workflow_service_gets_a_token_and_the_demo_role_stays_the_demo_services()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Equal(true, rendered.Get<V1Deployment>("Deployment", "innominatus-workflow").Spec.Template.Spec.AutomountServiceAccountToken);
        Assert.Equal(true, rendered.Get<V1ServiceAccount>("ServiceAccount", "innominatus-workflow").AutomountServiceAccountToken);
        Assert.Equal("innominatus-demo", Assert.Single(rendered.Get<V1ClusterRoleBinding>("ClusterRoleBinding", "innominatus").Subjects).Name);
    }

    private static bool Grants(IEnumerable<V1PolicyRule> rules, string group, string resource, string verb) =>
        rules.Any(r => r.ApiGroups.Contains(group) && r.Resources.Contains(resource) && r.Verbs.Contains(verb) && r.ResourceNames is null or { Count: 0 });
}
