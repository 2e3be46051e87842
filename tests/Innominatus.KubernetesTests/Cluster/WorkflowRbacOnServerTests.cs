using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.Cluster;

/// <summary>
/// The workflow service's ServiceAccount against the API server's own RBAC authorizer: what the engine does is
/// allowed, binding the step role works through `bind`, and nothing beyond it is.
/// </summary>
public sealed class WorkflowRbacOnServerTests
{
    [KubernetesFact]
    public async Task Workflow_account_may_run_steps_and_bind_the_step_role_but_not_create_roles()
    {
        var ns = await Infrastructure.Cluster.CreateNamespaceAsync("wfrbac");
        var team = await Infrastructure.Cluster.CreateNamespaceAsync("wfteam");
        var release = Helm.ReleaseName("wf");
        var fullname = $"{release}-innominatus";
        var account = $"system:serviceaccount:{ns}:{fullname}-workflow";
        try
        {
            (await Helm.RunAsync(["install", release, Repository.Chart, "-n", ns, .. GuideOptions.BundledPostgres])).EnsureSuccess();

            Assert.Equal("yes", await CanAsync(account, "create", "jobs.batch", team));
            Assert.Equal("yes", await CanAsync(account, "patch", "namespaces", null));
            Assert.Equal("yes", await CanAsync(account, "get", "pods/log", team));
            Assert.Equal("no", await CanAsync(account, "create", "clusterroles", null));
            Assert.Equal("no", await CanAsync(account, "create", "roles", team));
            Assert.Equal("no", await CanAsync(account, "impersonate", "serviceaccounts", team));

            var binding = $$"""
                {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                 "metadata": {"name": "innominatus-step", "namespace": "{{team}}"},
                 "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "{{fullname}}-step"},
                 "subjects": [{"kind": "ServiceAccount", "name": "innominatus-step", "namespace": "{{team}}"}]}
                """;
            (await Infrastructure.Cluster.KubectlAsync(["create", "-f", "-", "--as", account], binding)).EnsureSuccess();
            // The demo-time ClusterRole is not the step role: binding it would hand out rights the account lacks.
            var other = binding.Replace($"\"{fullname}-step\"", $"\"{fullname}\"", StringComparison.Ordinal).Replace("\"innominatus-step\", \"namespace\"", "\"demo-try\", \"namespace\"", StringComparison.Ordinal);
            Assert.NotEqual(0, (await Infrastructure.Cluster.KubectlAsync(["create", "-f", "-", "--as", account], other)).ExitCode);
        }
        finally
        {
            await Helm.RunAsync("uninstall", release, "-n", ns);
        }
    }

    private static async Task<string> CanAsync(string account, string verb, string resource, string? ns)
    {
        var result = await Infrastructure.Cluster.KubectlAsync(["auth", "can-i", verb, resource, "--as", account, .. ns is null ? Array.Empty<string>() : ["-n", ns]]);
        return result.Stdout.Trim();
    }
}
