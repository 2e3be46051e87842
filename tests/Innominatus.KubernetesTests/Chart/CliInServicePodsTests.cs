using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// The guide runs /app/innominatus-ctl in the first pod labelled app.kubernetes.io/name=innominatus, which may be any
/// service's: every service pod gives the CLI the gateway's address and the same credential.
/// </summary>
public sealed class CliInServicePodsTests
{
    private static readonly string[] Others = ["innominatus-workflow", "innominatus-identity", "innominatus-demo", "innominatus-web"];

    [Fact]
    public async Task The_cli_reaches_the_gateway_from_every_service_pod()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Equal("http://localhost:8081", Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus")), "INNOMINATUS_URL").Value);
        Assert.All(Others, name => Assert.Equal("http://innominatus:8081",
            Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", name)), "INNOMINATUS_URL").Value));
        Assert.All(rendered.OfKind("Deployment"), d => Assert.False(Containers.HasEnv(Containers.Only(d.As<V1Deployment>()), "IDP_API_KEY")));
    }

    [Fact]
    public async Task Gateway_ports_and_an_explicit_url_are_followed()
    {
        var rendered = await Helm.TemplateAsync("--set", "services.gateway.containerPort=9000", "--set", "service.port=80");

        Assert.Equal("http://localhost:9000", Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus")), "INNOMINATUS_URL").Value);
        Assert.Equal("http://innominatus:80", Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-demo")), "INNOMINATUS_URL").Value);

        var overridden = await Helm.TemplateAsync("--set", "env.INNOMINATUS_URL=https://idp.example.com");
        Assert.All(overridden.OfKind("Deployment"), d => Assert.Equal("https://idp.example.com", Containers.Env(Containers.Only(d.As<V1Deployment>()), "INNOMINATUS_URL").Value));
    }

    [Fact]
    public async Task An_api_key_secret_gives_every_service_pod_the_same_credential()
    {
        var rendered = await Helm.TemplateAsync("--set", "cli.existingSecret=ctl-key", "--set", "cli.existingSecretKey=token");

        Assert.All(rendered.OfKind("Deployment"), d =>
        {
            var key = Containers.Env(Containers.Only(d.As<V1Deployment>()), "IDP_API_KEY");
            Assert.Null(key.Value);
            Assert.Equal(("ctl-key", "token"), (key.ValueFrom.SecretKeyRef.Name, key.ValueFrom.SecretKeyRef.Key));
        });
    }

    [Fact]
    public async Task An_api_key_in_env_is_kept_in_the_env_secret_not_in_the_deployments()
    {
        var rendered = await Helm.TemplateAsync("--set", "env.IDP_API_KEY=not-in-the-pod-spec");

        Assert.All(rendered.OfKind("Deployment"), d =>
        {
            var key = Containers.Env(Containers.Only(d.As<V1Deployment>()), "IDP_API_KEY");
            Assert.Equal(("innominatus-env", "IDP_API_KEY"), (key.ValueFrom.SecretKeyRef.Name, key.ValueFrom.SecretKeyRef.Key));
            Assert.DoesNotContain("not-in-the-pod-spec", d.Yaml);
        });
        Assert.True(rendered.Has("Secret", "innominatus-env"));
    }
}
