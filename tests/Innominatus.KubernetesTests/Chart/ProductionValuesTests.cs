using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>values-production.yaml is the guide's "Production values.yaml Example", unchanged.</summary>
public sealed class ProductionValuesTests
{
    [Fact]
    public async Task Production_values_render_the_guide_setup()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ProductionValues);

        Assert.False(rendered.Has("StatefulSet", "innominatus-postgresql"));
        Assert.Equal("CHANGE-ME-IN-PRODUCTION", rendered.Get<V1Secret>("Secret", "innominatus-externaldb").StringData["password"]);
        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("ghcr.io/philipsahli/innominatus/gateway:0.1.0", gateway.Image);
        Assert.Equal(("1", "1Gi", "500m", "512Mi"),
            (gateway.Resources.Limits["cpu"].ToString(), gateway.Resources.Limits["memory"].ToString(),
             gateway.Resources.Requests["cpu"].ToString(), gateway.Resources.Requests["memory"].ToString()));
        Assert.Equal("json", Containers.Env(gateway, "LOG_FORMAT").Value);
        Assert.Equal("innominatus-env", Containers.Env(gateway, "OIDC_CLIENT_SECRET").ValueFrom.SecretKeyRef.Name);
        Assert.Equal("Host=postgres-prod.example.com;Port=5432;Database=idp_orchestrator;Username=innominatus;Password=$(DATABASE_PASSWORD)",
            Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-identity")), "ConnectionStrings__idp-orchestrator").Value);
    }

    [Fact]
    public async Task Production_values_scale_protect_and_monitor_every_service()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ProductionValues);

        var hpa = rendered.Get<V2HorizontalPodAutoscaler>("HorizontalPodAutoscaler", "innominatus");
        Assert.Equal((3, 10, 70), (hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas, Assert.Single(hpa.Spec.Metrics).Resource.Target.AverageUtilization));
        Assert.Equal("2", rendered.Get<V1PodDisruptionBudget>("PodDisruptionBudget", "innominatus-workflow").Spec.MinAvailable.Value);
        var monitor = rendered.Single("ServiceMonitor", "innominatus");
        Assert.Equal("monitoring.coreos.com/v1", monitor.ApiVersion);
        Assert.Contains("path: /metrics", monitor.Yaml);
        Assert.Contains("interval: 30s", monitor.Yaml);
        Assert.Contains("scrapeTimeout: 10s", monitor.Yaml);
    }

    [Fact]
    public async Task Production_values_keep_workspaces_on_the_fast_storage_class()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ProductionValues);

        var claim = rendered.Get<V1PersistentVolumeClaim>("PersistentVolumeClaim", "innominatus-workspaces");
        Assert.Equal(("fast-ssd", "50Gi"), (claim.Spec.StorageClassName, claim.Spec.Resources.Requests["storage"].ToString()));
        var ingress = rendered.Get<V1Ingress>("Ingress", "innominatus");
        Assert.Equal("letsencrypt-prod", ingress.Metadata.Annotations["cert-manager.io/cluster-issuer"]);
        Assert.Equal("innominatus-tls", Assert.Single(ingress.Spec.Tls).SecretName);
    }
}
