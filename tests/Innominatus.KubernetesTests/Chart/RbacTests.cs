using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>demo-time's permissions, as the guide's "RBAC Requirements for demo-time" lists them.</summary>
public sealed class RbacTests
{
    [Theory]
    [InlineData("", "namespaces", "create")]
    [InlineData("", "namespaces", "delete")]
    [InlineData("apps", "deployments", "update")]
    [InlineData("apps", "statefulsets", "delete")]
    [InlineData("", "services", "create")]
    [InlineData("", "configmaps", "update")]
    [InlineData("", "secrets", "delete")]
    [InlineData("networking.k8s.io", "ingresses", "create")]
    [InlineData("rbac.authorization.k8s.io", "rolebindings", "create")]
    [InlineData("argoproj.io", "applications", "update")]
    public async Task Cluster_role_grants_what_demo_time_installs(string group, string resource, string verb)
    {
        var rendered = await Helm.TemplateAsync();

        var role = rendered.Get<V1ClusterRole>("ClusterRole", "innominatus");
        Assert.Contains(role.Rules, r => r.ApiGroups.Contains(group) && r.Resources.Contains(resource) && r.Verbs.Contains(verb));
    }

    [Fact]
    public async Task Cluster_role_is_bound_to_the_demo_services_account_only()
    {
        var rendered = await Helm.TemplateAsync();

        var binding = rendered.Get<V1ClusterRoleBinding>("ClusterRoleBinding", "innominatus");
        Assert.Equal(("ClusterRole", "innominatus"), (binding.RoleRef.Kind, binding.RoleRef.Name));
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", "innominatus-demo", "innominatus-system"), (subject.Kind, subject.Name, subject.NamespaceProperty));
        Assert.Equal("innominatus-demo", rendered.Get<V1Deployment>("Deployment", "innominatus-demo").Spec.Template.Spec.ServiceAccountName);
    }

    [Fact]
    public async Task Without_cluster_role_demo_time_is_limited_to_the_release_namespace()
    {
        var rendered = await Helm.TemplateAsync("--set", "rbac.clusterRole=false");

        // The workflow service's roles are cluster-wide on their own (rbac.workflow, rbac.step); demo-time's is not.
        Assert.False(rendered.Has("ClusterRole", "innominatus"));
        Assert.DoesNotContain(rendered.Get<V1Role>("Role", "innominatus").Rules, r => r.Resources.Contains("namespaces"));
        Assert.Equal("Role", rendered.Get<V1RoleBinding>("RoleBinding", "innominatus").RoleRef.Kind);
    }

    [Fact]
    public async Task Rbac_create_false_renders_no_rbac()
    {
        var rendered = await Helm.TemplateAsync("--set", "rbac.create=false");

        Assert.DoesNotContain(rendered.Objects, o => o.ApiVersion.StartsWith("rbac.authorization.k8s.io", StringComparison.Ordinal));
    }
}
