extern alias demo;
using demo::Innominatus.DemoService.Catalogue;
using demo::Innominatus.DemoService.Installation;
using Innominatus.ServiceDefaults.Kubernetes;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Demo;

/// <summary>Where the engine reaches Gitea, where ArgoCD does, and what the catalogue must say for it.</summary>
public class PlatformConfigTargetTests
{
    [Fact]
    public void In_kubernetes_mode_the_engine_reaches_gitea_at_its_http_service_and_argocd_always_does()
    {
        var target = PlatformConfigTarget.For(ComponentCatalogue.Embedded(), Settings(("RUNNING_IN_KUBERNETES", "true")))!;

        Assert.Equal("http://gitea-http.demo-gitea.svc:3000/", target.EngineUrl.ToString());
        Assert.Equal("http://gitea-http.demo-gitea.svc:3000/gitea-admin/platform-config.git", target.RepoUrl);
    }

    [Fact]
    public void Outside_a_cluster_the_engine_reaches_gitea_at_its_ingress_host_and_demo_gitea_address_overrides_both()
    {
        var settings = Settings(("RUNNING_IN_KUBERNETES", "false"));
        var outside = PlatformConfigTarget.For(ComponentCatalogue.Embedded(), settings)!;
        var configured = PlatformConfigTarget.For(ComponentCatalogue.Embedded(), Settings(("RUNNING_IN_KUBERNETES", "true"), ("Demo:GiteaAddress", "http://127.0.0.1:3000")))!;

        // A test run inside a pod is in Kubernetes mode whatever the setting says (KUBERNETES_SERVICE_HOST).
        Assert.Equal(KubernetesEnvironment.IsInCluster(settings) ? "http://gitea-http.demo-gitea.svc:3000/" : "http://gitea.localtest.me/", outside.EngineUrl.ToString());
        Assert.Equal("http://127.0.0.1:3000/", configured.EngineUrl.ToString());
        Assert.Equal("http://gitea-http.demo-gitea.svc:3000/gitea-admin/platform-config.git", configured.RepoUrl);
    }

    [Theory]
    [InlineData("argocd", "[]", "password", "component 'argocd' must depend on 'gitea'")]
    [InlineData("argocd", "[gitea]", "token", "platformConfig.passwordKey 'token' is not a key of component 'gitea''s credentials")]
    [InlineData("nope", "[gitea]", "password", "platformConfig.argocd names unknown component 'nope'")]
    public void A_platform_config_that_cannot_be_wired_stops_the_catalogue(string argocd, string dependsOn, string passwordKey, string problem)
    {
        var yaml = $$$"""
            components:
              - {name: gitea, namespace: demo-gitea, chart: {name: charts/x}, host: gitea.localtest.me, health: {path: /}, credentials: {secret: gitea-admin, keys: [password]}}
              - {name: argocd, namespace: demo-argocd, chart: {name: charts/x}, health: {deployment: argocd-server}, dependsOn: {{{dependsOn}}}}
            platformConfig: {gitea: gitea, argocd: {{{argocd}}}, owner: gitea-admin, passwordKey: {{{passwordKey}}}, repository: platform-config, service: {name: gitea-http, port: 3000}}
            """;

        var refused = Assert.Throws<CatalogueException>(() => ComponentCatalogue.Parse(yaml, "test.yaml"));

        Assert.Contains(problem, refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
