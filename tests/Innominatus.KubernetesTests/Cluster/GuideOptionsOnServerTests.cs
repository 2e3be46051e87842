using Innominatus.KubernetesTests.Infrastructure;
using k8s;

namespace Innominatus.KubernetesTests.Cluster;

/// <summary>Every installation option of the guide, and the production values, install on Kubernetes 1.20.</summary>
public sealed class GuideOptionsOnServerTests
{
    [KubernetesTheory]
    [MemberData(nameof(GuideOptions.Names), MemberType = typeof(GuideOptions))]
    public async Task Guide_option_installs_on_the_api_server(string option)
    {
        await Infrastructure.Cluster.EnsureServiceMonitorCrdAsync();
        var ns = await Infrastructure.Cluster.CreateNamespaceAsync(option);
        var release = Helm.ReleaseName(option);
        try
        {
            var result = await Helm.RunAsync(["install", release, Repository.Chart, "-n", ns, .. GuideOptions.ByName(option)]);

            Assert.Contains("STATUS: deployed", result.EnsureSuccess().Stdout);
            var deployments = await Infrastructure.Cluster.Client.AppsV1.ListNamespacedDeploymentAsync(ns);
            // gateway, workflow, identity, demo and web
            Assert.Equal(5, deployments.Items.Count);
            var autoscaled = option is "ha" or "production";
            // 1.20 serves autoscaling/v2beta2, not v2: the chart asked the server which one to use.
            Assert.Equal(autoscaled, await Infrastructure.Cluster.GetAsync("autoscaling", "v2beta2", ns, "horizontalpodautoscalers", $"{release}-innominatus") is not null);
        }
        finally
        {
            await Helm.RunAsync("uninstall", release, "-n", ns);
        }
    }
}
