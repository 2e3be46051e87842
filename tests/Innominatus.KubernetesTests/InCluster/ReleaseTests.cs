using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>The release itself: real readiness, upgrade to a new image tag keeping users, rollback.</summary>
[Collection(InClusterCollection.Name)]
public class ReleaseTests
{
    [ClusterFact]
    public async Task Every_pod_is_Ready_by_its_own_readiness_probe()
    {
        // Another test of the collection may have just rolled the release: pods on their way out do not count, and the
        // new ones get the time their probes need.
        async Task<List<k8s.Models.V1Pod>> CurrentAsync() =>
            (await RealCluster.PodsAsync(InstalledRelease.Namespace)).Where(p => p.Metadata.DeletionTimestamp is null).ToList();
        await RealCluster.EventuallyAsync(async () => (await CurrentAsync()) is { Count: >= 6 } pods && pods.All(RealCluster.IsReady),
            TimeSpan.FromMinutes(3), InstalledRelease.DescribePodsAsync);
        foreach (var pod in await CurrentAsync())
        {
            Assert.All(pod.Spec.Containers, c => Assert.NotNull(c.ReadinessProbe));
        }
    }

    [ClusterFact]
    public async Task Upgrade_to_a_new_image_tag_keeps_users_and_rollback_returns_to_the_old_one()
    {
        using (await ClusterGateway.TeamMemberAsync("upgrade-team", "uma")) { }
        var newTag = RealCluster.ImageTag + "-next";
        foreach (var service in new[] { "gateway", "workflow", "identity", "demo", "web" })
        {
            var ctr = await ProcessRunner.RunAsync("ctr", ["--address", ContainerdSocket(), "-n", "k8s.io", "images", "tag", "--force",
                $"docker.io/innominatus/{service}:{RealCluster.ImageTag}", $"docker.io/innominatus/{service}:{newTag}"]);
            ctr.EnsureSuccess();
        }

        var upgrade = await InstalledRelease.InstallOrUpgradeAsync("--set", $"image.tag={newTag}");
        Assert.True(upgrade.ExitCode == 0, upgrade.Stderr + await InstalledRelease.DescribePodsAsync());
        var gateway = (await RealCluster.PodsAsync(InstalledRelease.Namespace, "app.kubernetes.io/component=gateway")).Where(RealCluster.IsReady);
        Assert.Contains(gateway, p => p.Spec.Containers[0].Image.EndsWith($":{newTag}"));
        using (await ClusterGateway.LoginAsync("uma", "uma-long-password")) { }

        var rollback = await RealCluster.HelmAsync("rollback", InstalledRelease.Name, "1", "--namespace", InstalledRelease.Namespace, "--wait", "--timeout", "10m");
        Assert.True(rollback.ExitCode == 0, rollback.Stderr + await InstalledRelease.DescribePodsAsync());
        var history = await RealCluster.HelmAsync("history", InstalledRelease.Name, "--namespace", InstalledRelease.Namespace, "-o", "json");
        Assert.Contains("\"description\":\"Rollback to 1\"", history.EnsureSuccess().Stdout);
        await RealCluster.EventuallyAsync(
            async () => (await RealCluster.PodsAsync(InstalledRelease.Namespace, "app.kubernetes.io/component=workflow"))
                .All(p => p.Spec.Containers[0].Image.EndsWith($":{RealCluster.ImageTag}") && RealCluster.IsReady(p)),
            TimeSpan.FromMinutes(3), InstalledRelease.DescribePodsAsync);
        using (await ClusterGateway.LoginAsync("uma", "uma-long-password")) { }
    }

    private static string ContainerdSocket() =>
        Path.Combine(Path.GetDirectoryName(RealCluster.Kubeconfig)!, "containerd", "containerd.sock");
}
