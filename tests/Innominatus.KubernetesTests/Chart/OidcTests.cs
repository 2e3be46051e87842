using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>Option 4 of the guide: the five OIDC variables.</summary>
public sealed class OidcTests
{
    private static readonly string[] OidcVariables = ["OIDC_ENABLED", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URL"];

    [Theory]
    [InlineData("innominatus")]
    [InlineData("innominatus-identity")]
    public async Task Gateway_and_identity_service_get_the_five_oidc_variables(string deployment)
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Oidc);

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", deployment));
        Assert.Equal("true", Containers.Env(container, "OIDC_ENABLED").Value);
        Assert.Equal("https://keycloak.example.com/realms/production", Containers.Env(container, "OIDC_ISSUER").Value);
        Assert.Equal("innominatus", Containers.Env(container, "OIDC_CLIENT_ID").Value);
        Assert.Equal("https://innominatus.example.com/auth/callback", Containers.Env(container, "OIDC_REDIRECT_URL").Value);
        var secret = Containers.Env(container, "OIDC_CLIENT_SECRET").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-env", "OIDC_CLIENT_SECRET"), (secret.Name, secret.Key));
    }

    [Fact]
    public async Task Client_secret_lives_in_a_secret_not_in_the_deployments()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Oidc);

        Assert.Equal("your-client-secret", rendered.Get<V1Secret>("Secret", "innominatus-env").StringData["OIDC_CLIENT_SECRET"]);
        Assert.DoesNotContain(rendered.OfKind("Deployment"), d => d.Yaml.Contains("your-client-secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("innominatus-workflow")]
    [InlineData("innominatus-demo")]
    public async Task Services_that_handle_no_logins_get_no_oidc_variables(string deployment)
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Oidc);

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", deployment));
        Assert.All(OidcVariables, name => Assert.False(Containers.HasEnv(container, name), $"{deployment} has {name}"));
        Assert.Equal("json", Containers.Env(container, "LOG_FORMAT").Value); // other env.* entries reach every service
    }

    [Fact]
    public async Task Existing_oidc_secret_replaces_the_inline_client_secret()
    {
        var rendered = await Helm.TemplateAsync([.. GuideOptions.Oidc, "--set", "oidc.existingSecret=innominatus-oidc"]);

        var secret = Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus")), "OIDC_CLIENT_SECRET").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-oidc", "client-secret"), (secret.Name, secret.Key));
        Assert.False(rendered.Has("Secret", "innominatus-env"));
    }
}
