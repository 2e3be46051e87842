extern alias demo;

using demo::Innominatus.DemoService.Status;
using Innominatus.ServiceDefaults.Kubernetes;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Demo;

public class HealthTargetTests
{
    [Fact]
    public void In_kubernetes_mode_a_check_goes_to_the_demo_ingress_controllers_service()
    {
        var target = HealthTarget.For(Settings(("RUNNING_IN_KUBERNETES", "true")), "grafana.localtest.me", "/api/health");

        Assert.Equal("http://ingress-nginx-controller.demo-ingress.svc/api/health", target.ToString());
    }

    [Fact]
    public void Demo_ingress_address_overrides_the_mode()
    {
        var inCluster = HealthTarget.For(Settings(("RUNNING_IN_KUBERNETES", "true"), ("Demo:IngressAddress", "http://10.0.0.7:8080/")), "gitea.localtest.me", "/");
        var outside = HealthTarget.For(Settings(("Demo:IngressAddress", "http://127.0.0.1:30080")), "gitea.localtest.me", "/api/healthz");

        Assert.Equal("http://10.0.0.7:8080/", inCluster.ToString());
        Assert.Equal("http://127.0.0.1:30080/api/healthz", outside.ToString());
    }

    [Fact]
    public void Outside_a_cluster_a_check_goes_to_the_components_host()
    {
        var settings = Settings(("RUNNING_IN_KUBERNETES", "false"));
        // A test run inside a pod is in Kubernetes mode whatever the setting says (KUBERNETES_SERVICE_HOST).
        var expected = KubernetesEnvironment.IsInCluster(settings)
            ? "http://ingress-nginx-controller.demo-ingress.svc/api/health"
            : "http://grafana.localtest.me/api/health";

        Assert.Equal(expected, HealthTarget.For(settings, "grafana.localtest.me", "/api/health").ToString());
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
