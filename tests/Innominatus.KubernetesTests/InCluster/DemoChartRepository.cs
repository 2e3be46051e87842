using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// The chart repository of TestData/demo-catalogue.yaml (http://demo-charts.demo-charts.svc:8080) started inside the
/// cluster: the stand-in chart packaged with `helm package`, indexed with `helm repo index` and served by busybox
/// httpd (TestData/demo-charts/repository.yaml), so the engine's helm takes the real repository path.
/// </summary>
public static class DemoChartRepository
{
    public const string Namespace = "demo-charts";

    /// <summary>Starts the repository and answers the packaged chart (for installs the test makes itself).</summary>
    public static async Task<string> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("demo-charts-").FullName;
        (await RealCluster.HelmAsync("package", Repository.TestData(Path.Combine("demo-charts", "standin")), "--destination", folder)).EnsureSuccess();
        (await RealCluster.HelmAsync("repo", "index", folder)).EnsureSuccess();
        (await RealCluster.KubectlAsync("create", "namespace", Namespace)).EnsureSuccess();
        (await RealCluster.KubectlAsync("create", "configmap", "demo-charts", "-n", Namespace, $"--from-file={folder}")).EnsureSuccess();
        (await RealCluster.KubectlAsync("apply", "-f", Repository.TestData(Path.Combine("demo-charts", "repository.yaml")))).EnsureSuccess();
        (await RealCluster.KubectlAsync("rollout", "status", "deployment/demo-charts", "-n", Namespace, "--timeout", "120s")).EnsureSuccess();
        return Path.Combine(folder, "standin-0.1.0.tgz");
    }

    /// <summary>Deletes the repository's namespace and the packaged chart's folder.</summary>
    public static async Task StopAsync(string chart)
    {
        await RealCluster.KubectlAsync("delete", "namespace", Namespace, "--ignore-not-found", "--wait=false");
        Directory.Delete(Path.GetDirectoryName(chart)!, recursive: true);
    }
}
