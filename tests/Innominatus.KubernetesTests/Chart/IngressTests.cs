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
    public async Task Only_the_trusted_proxies_X_Forwarded_For_reaches_the_gateway_as_the_client_address()
    {
        var rendered = await Helm.TemplateAsync([.. GuideOptions.Ingress, "--set", "ingress.trustedProxies={10.42.0.0/16,192.0.2.5}"]);
        var untrusted = await Helm.TemplateAsync(GuideOptions.Ingress);

        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("10.42.0.0/16", Containers.Env(gateway, "Gateway__ForwardedHeaders__KnownNetworks__0").Value);
        Assert.Equal("192.0.2.5", Containers.Env(gateway, "Gateway__ForwardedHeaders__KnownProxies__0").Value);
        foreach (var service in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", service)).Env, e => e.Name.StartsWith("Gateway__ForwardedHeaders", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(Containers.Only(untrusted.Get<V1Deployment>("Deployment", "innominatus")).Env, e => e.Name.StartsWith("Gateway__ForwardedHeaders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_ingress_unless_enabled()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Empty(rendered.OfKind("Ingress"));
    }
}
