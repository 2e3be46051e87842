using Innominatus.WorkflowService.Workflows.Kubernetes;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Workflows;

/// <summary>Which cluster Kubernetes steps talk to: the configured kubeconfig and context, or the cluster the service runs in.</summary>
public sealed class KubernetesConnectionTests : IDisposable
{
    private readonly string kubeconfig = Path.GetTempFileName();

    public KubernetesConnectionTests() => File.WriteAllText(kubeconfig, """
        apiVersion: v1
        kind: Config
        clusters:
        - {name: one, cluster: {server: "https://one.example:6443", insecure-skip-tls-verify: true}}
        - {name: two, cluster: {server: "https://two.example:6443", insecure-skip-tls-verify: true}}
        users:
        - {name: admin, user: {token: t}}
        contexts:
        - {name: first, context: {cluster: one, user: admin}}
        - {name: second, context: {cluster: two, user: admin}}
        current-context: first
        """);

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void The_kubeconfigs_current_context_is_used_unless_Kubernetes_Context_names_another()
    {
        using var current = new KubernetesConnection(Settings(("Kubernetes:Kubeconfig", kubeconfig)));
        using var chosen = new KubernetesConnection(Settings(("Kubernetes:Kubeconfig", kubeconfig), ("Kubernetes:Context", "second")));

        Assert.Equal("https://one.example:6443/", current.Client.BaseUri.ToString());
        Assert.Equal("https://two.example:6443/", chosen.Client.BaseUri.ToString());
    }

    [Fact]
    public void RUNNING_IN_KUBERNETES_asks_for_the_in_cluster_configuration()
    {
        Assert.True(KubernetesConnection.InCluster(Settings(("RUNNING_IN_KUBERNETES", "true"))));
        Assert.Equal(
            !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")) || File.Exists("/var/run/secrets/kubernetes.io/serviceaccount/token"),
            KubernetesConnection.InCluster(Settings(("RUNNING_IN_KUBERNETES", "false"))));
    }

    [Fact]
    public void A_missing_kubeconfig_says_in_one_sentence_how_to_configure_a_cluster()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "kubeconfig");
        using var connection = new KubernetesConnection(Settings(("Kubernetes:Kubeconfig", missing), ("RUNNING_IN_KUBERNETES", "false")));

        var error = Assert.Throws<NoKubernetesClusterException>(() => connection.Client);

        Assert.Equal($"No Kubernetes cluster is configured (no kubeconfig at {missing}): set KUBECONFIG (or Kubernetes:Kubeconfig) for the WorkflowService, or start the AppHost with --local-cluster to run the local cluster (docs/kubernetes.md).", error.Message);
    }

    [Fact]
    public void A_kubeconfig_that_appears_later_is_picked_up()
    {
        var later = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        using var connection = new KubernetesConnection(Settings(("Kubernetes:Kubeconfig", later), ("RUNNING_IN_KUBERNETES", "false")));
        Assert.Throws<NoKubernetesClusterException>(() => connection.Client);

        File.Copy(kubeconfig, later);
        try
        {
            Assert.Equal("https://one.example:6443/", connection.Client.BaseUri.ToString());
        }
        finally
        {
            File.Delete(later);
        }
    }

    public void Dispose() => File.Delete(kubeconfig);
}
