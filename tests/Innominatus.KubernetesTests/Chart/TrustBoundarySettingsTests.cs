using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// The chart hands the services the settings their trust rules read: the release namespace (reserved), the egress
/// networks of http and gitea-repo steps, the golden paths' platform settings and images, and the peers whose
/// forwarded headers the identity service believes.
/// </summary>
public sealed class TrustBoundarySettingsTests
{
    private static readonly string[] ClusterNetworks = ["--set", "clusterNetworks={10.42.0.0/16,10.43.0.0/16}"];

    [Fact]
    public async Task The_workflow_service_knows_its_release_namespace_from_the_downward_api()
    {
        var rendered = await Helm.TemplateAsync();

        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("metadata.namespace", Containers.Env(workflow, "POD_NAMESPACE").ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public async Task By_default_steps_are_denied_the_private_ranges_and_only_admins_choose_golden_path_images()
    {
        var rendered = await Helm.TemplateAsync();

        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"], Indexed(workflow, "Workflows__Egress__DeniedNetworks__"));
        Assert.Empty(Indexed(workflow, "Workflows__Egress__AllowedNetworks__"));
        Assert.Empty(Indexed(workflow, "Workflows__Egress__AllowedHosts__"));
        // Only platform-owned runs (demo-time's platform-config step) may reach the demo's Gitea.
        Assert.Equal("gitea-http.demo-gitea.svc", Containers.Env(workflow, "Workflows__Egress__PlatformAllowedHosts").Value);
        Assert.Empty(Indexed(workflow, "GoldenPaths__AllowedImages__"));
        Assert.DoesNotContain(workflow.Env, e => e.Name.StartsWith("GoldenPaths__Settings__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cluster_networks_are_always_denied_on_top_of_the_denied_networks_and_exceptions_arrive()
    {
        var rendered = await Helm.TemplateAsync([.. ClusterNetworks,
            "--set", "workflows.egress.deniedNetworks={10.0.0.0/8}",
            "--set", "workflows.egress.allowedNetworks={10.50.0.0/24}",
            "--set", "workflows.egress.allowedHosts={gitea-http.gitea.svc.cluster.local}",
            "--set", "workflows.egress.platformAllowedHosts=null"]);

        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal(["10.0.0.0/8", "10.42.0.0/16", "10.43.0.0/16"], Indexed(workflow, "Workflows__Egress__DeniedNetworks__"));
        Assert.Equal(["10.50.0.0/24"], Indexed(workflow, "Workflows__Egress__AllowedNetworks__"));
        Assert.Equal(["gitea-http.gitea.svc.cluster.local"], Indexed(workflow, "Workflows__Egress__AllowedHosts__"));
        // Emptied in the chart, it stays empty: the service's own default (the demo's Gitea) does not come back.
        Assert.Equal("", Containers.Env(workflow, "Workflows__Egress__PlatformAllowedHosts").Value);
        foreach (var other in new[] { "innominatus", "innominatus-identity", "innominatus-demo" })
        {
            Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", other)).Env, e => e.Name.StartsWith("Workflows__Egress__", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Golden_path_settings_and_allowed_images_reach_only_the_workflow_service()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "goldenPaths.settings.gitea_url=http://gitea-http.gitea.svc.cluster.local:3000",
            "--set", "goldenPaths.settings.argocd_namespace=argocd",
            "--set", "goldenPaths.allowedImages={registry.example.com/migrations/,docker.io/library/flyway:}");

        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("http://gitea-http.gitea.svc.cluster.local:3000", Containers.Env(workflow, "GoldenPaths__Settings__gitea_url").Value);
        Assert.Equal("argocd", Containers.Env(workflow, "GoldenPaths__Settings__argocd_namespace").Value);
        Assert.Equal(["registry.example.com/migrations/", "docker.io/library/flyway:"], Indexed(workflow, "GoldenPaths__AllowedImages__"));
        var identity = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-identity"));
        Assert.DoesNotContain(identity.Env, e => e.Name.StartsWith("GoldenPaths__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_identity_service_believes_forwarded_headers_from_the_cluster_networks_or_the_configured_proxies_only()
    {
        var byDefault = Containers.Only((await Helm.TemplateAsync()).Get<V1Deployment>("Deployment", "innominatus-identity"));
        var fromCluster = Containers.Only((await Helm.TemplateAsync(ClusterNetworks)).Get<V1Deployment>("Deployment", "innominatus-identity"));
        var configured = Containers.Only((await Helm.TemplateAsync([.. ClusterNetworks, "--set", "identity.trustedProxies={10.42.7.0/24,10.42.9.9}"]))
            .Get<V1Deployment>("Deployment", "innominatus-identity"));

        Assert.DoesNotContain(byDefault.Env, e => e.Name.StartsWith("Identity__ForwardedHeaders__", StringComparison.Ordinal));
        Assert.Equal(["10.42.0.0/16", "10.43.0.0/16"], Indexed(fromCluster, "Identity__ForwardedHeaders__KnownNetworks__"));
        Assert.Equal(["10.42.7.0/24"], Indexed(configured, "Identity__ForwardedHeaders__KnownNetworks__"));
        Assert.Equal(["10.42.9.9"], Indexed(configured, "Identity__ForwardedHeaders__KnownProxies__"));
    }

    private static List<string> Indexed(V1Container container, string prefix) =>
        [.. Enumerable.Range(0, 20).Select(i => prefix + i).TakeWhile(name => Containers.HasEnv(container, name)).Select(name => Containers.Env(container, name).Value)];
}
