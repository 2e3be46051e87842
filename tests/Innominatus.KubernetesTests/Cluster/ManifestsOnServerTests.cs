using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.Cluster;

public sealed class ManifestsOnServerTests
{
    [KubernetesFact]
    public async Task Kustomize_output_of_manifests_passes_server_side_validation()
    {
        var ns = await Infrastructure.Cluster.CreateNamespaceAsync("manifests");
        var built = (await Infrastructure.Cluster.KubectlAsync(["kustomize", Repository.Manifests])).EnsureSuccess();

        var result = await Infrastructure.Cluster.KubectlAsync(["apply", "--dry-run=server", "-n", ns, "-f", "-"], built.Stdout);

        result.EnsureSuccess();
        foreach (var name in new[] { "innominatus", "workflow-service", "identity-service", "demo-service", "web", "postgres", "messaging" })
        {
            Assert.Contains($"deployment.apps/{name} created (server dry run)", result.Stdout);
            Assert.Contains($"service/{name} created (server dry run)", result.Stdout);
        }
    }
}
