using Innominatus.Tests;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// A test of the helm step against the local kube-apiserver: skipped, saying why, without KUBECONFIG or without helm
/// (on PATH, or in .tools/ where eng/install-tools.sh puts it; eng/test.sh does both).
/// </summary>
public sealed class HelmFactAttribute : FactAttribute
{
    public HelmFactAttribute()
    {
        if (LocalCluster.Kubeconfig is null)
        {
            Skip = "KUBECONFIG is not set: eng/test.sh starts a local kube-apiserver for this test.";
        }
        else if (Binary is null)
        {
            Skip = "helm is not installed here: eng/install-tools.sh puts it into .tools/helm.";
        }
    }

    public static string? Binary =>
        ToolFactAttribute.OnPath("helm") ?? (Path.GetFullPath(TestDataFolder.File("..", "..", ".tools", "helm", "helm")) is var tools && File.Exists(tools) ? tools : null);
}
