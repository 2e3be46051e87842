using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

public sealed class GatewayAndLabelsTests
{
    [Fact]
    public async Task Gateway_service_is_named_innominatus_on_port_8081()
    {
        var rendered = await Helm.TemplateAsync();

        var service = rendered.Get<V1Service>("Service", "innominatus");
        var port = Assert.Single(service.Spec.Ports);
        Assert.Equal((8081, "http"), (port.Port, port.TargetPort.Value));
        Assert.Equal("gateway", service.Spec.Selector["app.kubernetes.io/component"]);
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        // The guide probes port 8081 and runs `wget http://localhost:8081/health` inside the gateway pod.
        Assert.Equal(8081, Assert.Single(container.Ports).ContainerPort);
        Assert.Equal("8081", Containers.Env(container, "ASPNETCORE_HTTP_PORTS").Value);
    }

    [Fact]
    public async Task Only_gateway_pods_carry_the_name_label_the_guides_log_commands_select()
    {
        var rendered = await Helm.TemplateAsync("--set", "autoscaling.enabled=false");

        var podTemplates = rendered.OfKind("Deployment").Select(d => (d.Name, Labels: d.As<V1Deployment>().Spec.Template.Metadata.Labels))
            .Concat(rendered.OfKind("StatefulSet").Select(s => (s.Name, Labels: s.As<V1StatefulSet>().Spec.Template.Metadata.Labels)))
            .Concat(rendered.OfKind("Pod").Select(p => (p.Name, Labels: p.As<V1Pod>().Metadata.Labels)))
            .ToList();
        var selected = podTemplates.Where(p => p.Labels["app.kubernetes.io/name"] == "innominatus").Select(p => p.Name);
        Assert.Equal(["innominatus"], selected);
        Assert.All(podTemplates, p => Assert.Equal("innominatus", p.Labels["app.kubernetes.io/part-of"]));
        Assert.Equal("innominatus-workflow", podTemplates.Single(p => p.Name == "innominatus-workflow").Labels["app.kubernetes.io/name"]);
    }

    [Fact]
    public async Task Gateway_finds_the_services_through_service_discovery_variables()
    {
        var rendered = await Helm.TemplateAsync();

        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("http://innominatus-workflow:8080", Containers.Env(gateway, "services__workflow-service__http__0").Value);
        Assert.Equal("http://innominatus-identity:8080", Containers.Env(gateway, "services__identity-service__http__0").Value);
        Assert.Equal("http://innominatus-demo:8080", Containers.Env(gateway, "services__demo-service__http__0").Value);
        Assert.Equal(8080, Assert.Single(rendered.Get<V1Service>("Service", "innominatus-workflow").Spec.Ports).Port);
    }

    [Fact]
    public async Task Images_default_to_one_per_service_tagged_with_the_app_version()
    {
        var rendered = await Helm.TemplateAsync();

        var images = rendered.OfKind("Deployment").ToDictionary(d => d.Name, d => Containers.Only(d.As<V1Deployment>()).Image);
        Assert.Equal("ghcr.io/philipsahli/innominatus/gateway:0.1.0", images["innominatus"]);
        Assert.Equal("ghcr.io/philipsahli/innominatus/workflow:0.1.0", images["innominatus-workflow"]);
        Assert.Equal("ghcr.io/philipsahli/innominatus/identity:0.1.0", images["innominatus-identity"]);
        Assert.Equal("ghcr.io/philipsahli/innominatus/demo:0.1.0", images["innominatus-demo"]);
    }

    [Fact]
    public async Task Image_values_override_prefix_tag_and_single_services()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "image.repository=registry.local/inno/", "--set", "image.tag=1.2.3", "--set", "image.pullPolicy=Always",
            "--set", "images.workflow.tag=2.0.0", "--set", "images.demo.repository=other.local/demo");

        var containers = rendered.OfKind("Deployment").ToDictionary(d => d.Name, d => Containers.Only(d.As<V1Deployment>()));
        Assert.Equal("registry.local/inno/gateway:1.2.3", containers["innominatus"].Image);
        Assert.Equal("registry.local/inno/workflow:2.0.0", containers["innominatus-workflow"].Image);
        Assert.Equal("other.local/demo:1.2.3", containers["innominatus-demo"].Image);
        Assert.All(containers.Values, c => Assert.Equal("Always", c.ImagePullPolicy));
    }

    [Fact]
    public async Task With_persistence_the_workflow_service_mounts_the_workspaces_claim()
    {
        var rendered = await Helm.TemplateAsync("--set", "persistence.enabled=true");

        var pod = rendered.Get<V1Deployment>("Deployment", "innominatus-workflow").Spec.Template.Spec;
        Assert.Equal("innominatus-workspaces", pod.Volumes.Single(v => v.Name == "workspaces").PersistentVolumeClaim.ClaimName);
        Assert.Contains(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow")).VolumeMounts, m => m.MountPath == "/workspaces");
        Assert.True(rendered.Has("PersistentVolumeClaim", "innominatus-workspaces"));
        Assert.DoesNotContain(rendered.Get<V1Deployment>("Deployment", "innominatus").Spec.Template.Spec.Volumes, v => v.Name == "workspaces");
    }

    [Fact]
    public async Task Helm_test_hooks_call_health_and_ready_on_the_gateway()
    {
        var rendered = await Helm.TemplateAsync();

        foreach (var probe in new[] { "health", "ready" })
        {
            var pod = rendered.Get<V1Pod>("Pod", $"innominatus-test-{probe}");
            Assert.Equal("test", pod.Metadata.Annotations["helm.sh/hook"]);
            Assert.Equal($"http://innominatus:8081/{probe}", Assert.Single(pod.Spec.Containers).Command[^1]);
        }
    }
}
