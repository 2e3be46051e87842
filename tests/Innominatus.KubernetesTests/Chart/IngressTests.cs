using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>Option 5 of the guide: ingress with a host and TLS.</summary>
public sealed class IngressTests
{
    [Fact]
    public async Task Ingress_routes_the_host_to_the_gateway_with_tls()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Ingress);

        var ingress = rendered.Single("Ingress", "innominatus");
        Assert.Equal("networking.k8s.io/v1", ingress.ApiVersion);
        var spec = ingress.As<V1Ingress>().Spec;
        Assert.Equal("nginx", spec.IngressClassName);
        var rule = Assert.Single(spec.Rules);
        Assert.Equal("innominatus.example.com", rule.Host);
        var path = Assert.Single(rule.Http.Paths);
        Assert.Equal(("/", "Prefix", "innominatus", "http"), (path.Path, path.PathType, path.Backend.Service.Name, path.Backend.Service.Port.Name));
        var tls = Assert.Single(spec.Tls);
        Assert.Equal("innominatus-tls", tls.SecretName);
        Assert.Equal(["innominatus.example.com"], tls.Hosts);
    }

    [Fact]
    public async Task No_ingress_unless_enabled()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Empty(rendered.OfKind("Ingress"));
    }
}
