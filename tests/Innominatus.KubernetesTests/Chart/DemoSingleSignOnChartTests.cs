using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// demo-status' single-sign-on switch (docs/demo.md): the chart tells the demo service its own release and namespace,
/// and the helm upgrade it prints gives the gateway and identity service the demo realm, with the client secret from
/// the Secret the first command makes, not from the values.
/// </summary>
public sealed class DemoSingleSignOnChartTests
{
    private static readonly string[] SwitchOn =
    [
        "--set", "env.OIDC_ENABLED=true",
        "--set", "env.OIDC_ISSUER=http://keycloak.localtest.me/realms/innominatus-demo",
        "--set", "env.OIDC_CLIENT_ID=innominatus",
        "--set", "env.OIDC_REDIRECT_URL=http://localhost:8081/auth/callback",
        "--set", "oidc.existingSecret=innominatus-oidc",
    ];

    [Fact]
    public async Task The_demo_service_knows_the_release_and_namespace_its_commands_upgrade()
    {
        var rendered = await Helm.TemplateAsync();

        var demo = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-demo"));
        Assert.Equal("innominatus", Containers.Env(demo, "Demo__InnominatusRelease").Value);
        Assert.Equal("innominatus-system", Containers.Env(demo, "Demo__InnominatusNamespace").Value);
    }

    [Theory]
    [InlineData("innominatus")]
    [InlineData("innominatus-identity")]
    public async Task The_switch_on_values_reach_the_gateway_and_identity_service_with_the_secret_by_reference(string deployment)
    {
        var rendered = await Helm.TemplateAsync(SwitchOn);

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", deployment));
        Assert.Equal("true", Containers.Env(container, "OIDC_ENABLED").Value);
        Assert.Equal("http://keycloak.localtest.me/realms/innominatus-demo", Containers.Env(container, "OIDC_ISSUER").Value);
        Assert.Equal("innominatus", Containers.Env(container, "OIDC_CLIENT_ID").Value);
        Assert.Equal("http://localhost:8081/auth/callback", Containers.Env(container, "OIDC_REDIRECT_URL").Value);
        var secret = Containers.Env(container, "OIDC_CLIENT_SECRET").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-oidc", "client-secret"), (secret.Name, secret.Key));
    }
}
