using Innominatus.KubernetesTests.Infrastructure;
using System.Text.RegularExpressions;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

public sealed class GatewayAndLabelsTests
{
    private static readonly Dictionary<string, string> ServicesByComponent = new()
    {
        ["gateway"] = "innominatus", ["workflow"] = "innominatus-workflow", ["identity"] = "innominatus-identity",
        ["demo"] = "innominatus-demo", ["web"] = "innominatus-web",
    };

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
    public async Task Every_service_pod_carries_the_name_label_with_its_own_component_and_selector()
    {
        var rendered = await Helm.TemplateAsync("--set", "autoscaling.enabled=false");

        var deployments = rendered.OfKind("Deployment").Select(d => d.As<V1Deployment>()).ToList();
        Assert.All(deployments, d =>
        {
            Assert.Equal("innominatus", d.Spec.Template.Metadata.Labels["app.kubernetes.io/name"]);
            Assert.Equal("innominatus", d.Spec.Template.Metadata.Labels["app.kubernetes.io/part-of"]);
            Assert.All(d.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, d.Spec.Template.Metadata.Labels[l.Key]));
        });
        var components = deployments.ToDictionary(d => d.Metadata.Name, d => d.Spec.Template.Metadata.Labels["app.kubernetes.io/component"]);
        Assert.Equal(ServicesByComponent, components.ToDictionary(c => c.Value, c => c.Key));
        // Selectors are immutable and must not overlap: name + instance + component, one component per Deployment.
        var selectors = deployments.Select(d => string.Join(",", d.Spec.Selector.MatchLabels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"))).ToList();
        Assert.Equal(selectors.Count, selectors.Distinct().Count());
        Assert.All(deployments, d => Assert.Equal(
            ["app.kubernetes.io/component", "app.kubernetes.io/instance", "app.kubernetes.io/name"], d.Spec.Selector.MatchLabels.Keys.Order()));
        foreach (var deployment in deployments)
        {
            var others = deployments.Where(d => d != deployment).Select(d => d.Spec.Template.Metadata.Labels);
            Assert.DoesNotContain(others, labels => deployment.Spec.Selector.MatchLabels.All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value));
        }
    }

    [Fact]
    public async Task The_guides_prometheus_relabel_keeps_exactly_the_service_pods()
    {
        var rendered = await Helm.TemplateAsync("--set", "autoscaling.enabled=false");

        var podTemplates = rendered.OfKind("Deployment").Select(d => (d.Name, Labels: d.As<V1Deployment>().Spec.Template.Metadata.Labels))
            .Concat(rendered.OfKind("StatefulSet").Select(s => (s.Name, Labels: s.As<V1StatefulSet>().Spec.Template.Metadata.Labels)))
            .Concat(rendered.OfKind("Pod").Select(p => (p.Name, Labels: p.As<V1Pod>().Metadata.Labels)))
            .ToList();
        // relabel_configs: source_labels [__meta_kubernetes_pod_label_app_kubernetes_io_name], regex innominatus,
        // action keep. Prometheus anchors the regex, so the value must be exactly "innominatus".
        var keep = new Regex("^(?:innominatus)$");
        var kept = podTemplates.Where(p => p.Labels.TryGetValue("app.kubernetes.io/name", out var name) && keep.IsMatch(name)).Select(p => p.Name);
        Assert.Equal(ServicesByComponent.Values.Order(), kept.Order());
        Assert.Contains(podTemplates, p => p.Name == "innominatus-postgresql");
        Assert.Contains(podTemplates, p => p.Name == "innominatus-test-ready");
        Assert.All(podTemplates, p => Assert.Equal("innominatus", p.Labels["app.kubernetes.io/part-of"]));
    }

    [Fact]
    public async Task Services_and_disruption_budgets_select_only_their_own_service_pods()
    {
        var rendered = await Helm.TemplateAsync("--set", "autoscaling.enabled=false", "--set", "replicaCount=2");

        var pods = rendered.OfKind("Deployment").ToDictionary(d => d.Name, d => d.As<V1Deployment>().Spec.Template.Metadata.Labels);
        foreach (var (component, deployment) in ServicesByComponent)
        {
            var selector = rendered.Get<V1Service>("Service", deployment).Spec.Selector;
            Assert.Equal([deployment], pods.Where(p => selector.All(l => p.Value.TryGetValue(l.Key, out var v) && v == l.Value)).Select(p => p.Key));
            Assert.Equal(component, selector["app.kubernetes.io/component"]);
        }
        var budgets = rendered.OfKind("PodDisruptionBudget").Select(p => p.As<V1PodDisruptionBudget>()).ToList();
        Assert.Equal(4, budgets.Count);
        foreach (var pdb in budgets)
        {
            var selector = pdb.Spec.Selector.MatchLabels;
            Assert.Equal([pdb.Metadata.Name], pods.Where(p => selector.All(l => p.Value.TryGetValue(l.Key, out var v) && v == l.Value)).Select(p => p.Key));
        }
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
