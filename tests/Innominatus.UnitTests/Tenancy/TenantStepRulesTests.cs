using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.UnitTests.Tenancy;

public class TenantStepRulesTests
{
    private const string App = "shop";

    [Theory]
    [InlineData("script")]
    [InlineData("policy")]
    [InlineData("terraform")]
    [InlineData("ansible")]
    [InlineData("helm")]
    public void Process_running_steps_are_refused_naming_the_rule(string type)
    {
        var errors = TenantStepRules.Check(type, [], App);

        Assert.Equal([$"Step type '{type}' is not allowed in a Score file's workflows: process-running steps belong to platform workflows"], errors);
    }

    [Fact]
    public void Gitea_steps_and_http_steps_with_credentials_are_refused_but_plain_http_is_not()
    {
        Assert.Contains("Gitea token", Assert.Single(TenantStepRules.Check("gitea-repo", [], App)));
        Assert.Contains("cannot use 'credentials'", Assert.Single(TenantStepRules.Check("http", new JsonObject { ["url"] = "https://example.org", ["credentials"] = "gitea" }, App)));
        var fromSecret = new JsonObject { ["namespace"] = "demo-gitea", ["name"] = "gitea-admin", ["username"] = "gitea-admin", ["passwordKey"] = "password" };
        Assert.Contains("cannot use 'credentialsSecret'", Assert.Single(TenantStepRules.Check("http", new JsonObject { ["url"] = "https://example.org", ["credentialsSecret"] = fromSecret }, App)));
        Assert.Empty(TenantStepRules.Check("http", new JsonObject { ["url"] = "https://example.org" }, App));
    }

    [Theory]
    [InlineData("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: pwn}\n", "ClusterRoleBinding is cluster-scoped")]
    [InlineData("apiVersion: v1\nkind: Namespace\nmetadata: {name: mine}\n", "Namespace is cluster-scoped")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: victim}\n", "not in 'victim'")]
    [InlineData("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: me-admin}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\n", "RoleBinding is a guardrail")]
    [InlineData("apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: quota}\n", "ResourceQuota is a guardrail")]
    public void Kubernetes_steps_may_not_apply_cluster_scoped_kinds_or_into_another_namespace(string manifest, string rule)
    {
        var errors = TenantStepRules.Check("kubernetes", new JsonObject { ["manifest"] = manifest }, App);

        Assert.Contains(errors, e => e.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void A_kubernetes_step_may_name_only_its_own_namespace_in_config_and_in_manifest_lists()
    {
        var other = new JsonObject { ["namespace"] = "kube-system", ["manifests"] = new JsonArray(new JsonObject { ["kind"] = "ClusterRole", ["metadata"] = new JsonObject { ["name"] = "x" } }) };
        var own = new JsonObject { ["namespace"] = "${metadata.name}", ["manifest"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\n" };

        Assert.Equal(2, TenantStepRules.Check("kubernetes", other, App).Count);
        Assert.Empty(TenantStepRules.Check("kubernetes", own, App));
    }

    [Fact]
    public void Score_workload_and_argocd_steps_act_only_on_the_own_application_with_the_engines_project_and_destination()
    {
        Assert.Contains("not on 'victim'", Assert.Single(TenantStepRules.Check("score-workload", new JsonObject { ["application"] = "victim" }, App)));
        Assert.Empty(TenantStepRules.Check("score-workload", new JsonObject { ["application"] = App }, App));
        var argo = new JsonObject { ["name"] = "a", ["repoURL"] = "https://git", ["project"] = "platform", ["destination"] = new JsonObject { ["namespace"] = "kube-system" }, ["labels"] = new JsonObject { ["innominatus.io/team"] = "b" } };
        var errors = TenantStepRules.Check("argocd-app", argo, App);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Contains("set by the engine", e, StringComparison.Ordinal));
    }

    [Fact]
    public void A_tenant_workflow_may_not_declare_the_engines_context_as_a_parameter()
    {
        var yaml = "apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: w}\nparameters:\n  namespace: {type: string, default: kube-system}\nsteps:\n  - {name: a, type: noop}\n";
        var definition = WorkflowService.Workflows.Definitions.WorkflowDefinitionParser.Parse(yaml).Value!;

        var error = Assert.Single(TenantWorkflowRules.Errors(definition, App, "workflows.w"));

        Assert.Equal("workflows.w.parameters.namespace", error.Path);
        Assert.Equal("'namespace' is set by the engine and cannot be a parameter of a Score file's workflow", error.Message);
    }
}
