using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// The chart installed once, as the guide installs it (release innominatus in innominatus-system), with the images
/// built here, and every pod Ready by its own readiness probe. Uninstalled at the end with its namespace.
/// </summary>
public sealed class InstalledRelease : IAsyncLifetime
{
    public const string Namespace = "innominatus-system";
    public const string Name = "innominatus";

    public TimeSpan InstallTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG")))
        {
            return;
        }
        // A namespace left by an earlier run keeps the bundled PostgreSQL's claim, whose data has the old generated
        // password: a fresh install starts from nothing, as a first install does.
        await DeleteNamespaceAsync();
        var started = DateTime.UtcNow;
        var install = await InstallOrUpgradeAsync();
        Assert.True(install.ExitCode == 0, $"{install.Stdout}\n{install.Stderr}\n{await DescribePodsAsync()}");
        InstallTime = DateTime.UtcNow - started;
    }

    public static Task<ProcessResult> InstallOrUpgradeAsync(params string[] extra) =>
        RealCluster.HelmAsync([
            "upgrade", "--install", Name, Repository.Chart, "--namespace", Namespace, "--create-namespace",
            "-f", Repository.TestData("in-cluster-values.yaml"), "--set", $"image.tag={RealCluster.ImageTag}",
            // demo-time's catalogue as an operator gives it (DemoTimeTests): stand-ins from a chart repository in the cluster.
            "--set-file", $"demo.catalogue={Repository.TestData("demo-catalogue.yaml")}",
            "--wait", "--timeout", "10m", .. extra]);

    public static async Task<string> DescribePodsAsync()
    {
        var pods = await RealCluster.KubectlAsync("get", "pods", "-A", "-o", "wide");
        var events = await RealCluster.KubectlAsync("get", "events", "-n", Namespace, "--sort-by=.lastTimestamp");
        return $"{pods.Stdout}\n{events.Stdout[Math.Max(0, events.Stdout.Length - 4000)..]}";
    }

    public async Task DisposeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLUSTER_KUBECONFIG")))
        {
            return;
        }
        await RealCluster.HelmAsync("uninstall", Name, "--namespace", Namespace, "--wait", "--timeout", "3m");
        await DeleteNamespaceAsync();
    }

    private static async Task DeleteNamespaceAsync()
    {
        await RealCluster.KubectlAsync("delete", "namespace", Namespace, "--ignore-not-found", "--wait", "--timeout", "150s");
    }
}
