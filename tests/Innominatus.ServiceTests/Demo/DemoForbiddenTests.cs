using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// The engine acting as a ServiceAccount without the ClusterRole: demo-time fails at its first step, and both the
/// run and demo-status name the missing permission in one line (verb, resource, namespace), as the guide's
/// troubleshooting section shows it.
/// </summary>
public sealed class DemoForbiddenTests
{
    [HelmFact]
    public async Task Without_the_cluster_role_demo_time_and_demo_status_name_the_missing_permission()
    {
        var prefix = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        var kubeconfig = await RestrictedKubeconfigAsync(cluster, prefix);
        var catalogue = $$"""
            components:
              - name: base
                namespace: {{prefix}}-base
                chart: {name: charts/settings}
                health: {deployment: base}
            """;
        await using var stack = await DemoStack.StartAsync(prefix, catalogue, kubeconfig);
        var user = $"system:serviceaccount:{prefix}:engine";

        var run = await stack.RunAsync("/api/demo/time", new { });
        var status = await stack.StatusAsync();

        Assert.Equal("failed", run.GetProperty("state").GetString());
        Assert.Equal($"apply Namespace/{prefix}-base: forbidden: {user} may not patch namespaces in namespace {prefix}-base: grant it in the workflow service's ClusterRole (chart: rbac.workflow.create=true; docs/kubernetes.md: \"demo-time RBAC Errors\")",
            DemoStack.Step(run, $"namespace-{prefix}-base").GetProperty("error").GetString());
        var health = status["base"].GetProperty("health");
        Assert.False(health.GetProperty("ready").GetBoolean());
        Assert.StartsWith($"read Deployment/base in {prefix}-base: forbidden: {user} may not get deployments (apps) in namespace {prefix}-base", health.GetProperty("detail").GetString());
        await cluster.CoreV1.DeleteNamespaceAsync(prefix);
    }

    /// <summary>A kubeconfig for a new ServiceAccount that no role is bound to: a token from the TokenRequest API.</summary>
    private static async Task<string> RestrictedKubeconfigAsync(IKubernetes cluster, string ns)
    {
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        await cluster.CoreV1.CreateNamespacedServiceAccountAsync(new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "engine" } }, ns);
        var token = await cluster.CoreV1.CreateNamespacedServiceAccountTokenAsync(
            new Authenticationv1TokenRequest { Spec = new V1TokenRequestSpec { Audiences = ["https://kubernetes.default.svc"], ExpirationSeconds = 3600 } }, "engine", ns);
        var admin = await File.ReadAllTextAsync(LocalCluster.Kubeconfig!);
        Assert.Contains("token: k8s-local-admin-token", admin);
        var path = Path.Combine(Path.GetTempPath(), $"{ns}-kubeconfig");
        await File.WriteAllTextAsync(path, admin.Replace("token: k8s-local-admin-token", $"token: {token.Status.Token}", StringComparison.Ordinal));
        return path;
    }
}
