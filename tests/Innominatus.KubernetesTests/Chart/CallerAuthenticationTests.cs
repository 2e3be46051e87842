using System.Security.Cryptography;
using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>The gateway signs the callers it forwards; every service verifies them with the key from one Secret.</summary>
public sealed class CallerAuthenticationTests
{
    [Fact]
    public async Task The_gateway_signs_and_every_service_verifies_with_the_generated_key()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var secret = rendered.Get<V1Secret>("Secret", "innominatus-auth");
        using var key = ECDsa.Create();
        key.ImportFromPem(secret.StringData["signing-key"]);
        Assert.Equal(256, key.KeySize);
        Assert.Equal(24, secret.StringData["bootstrap-admin-password"].Length);
        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal(("innominatus-auth", "signing-key"), Ref(Containers.Env(gateway, "InternalAuth__SigningKey")));
        Assert.Equal(("innominatus-auth", "gateway-client-secret"), Ref(Containers.Env(gateway, "Gateway__IdentityClient__ClientSecret")));
        foreach (var service in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", service));
            Assert.Equal(("innominatus-auth", "signing-key"), Ref(Containers.Env(container, "InternalAuth__PublicKeys__0")));
            Assert.Equal("http://localhost:8081/", Containers.Env(container, "Identity__Issuer").Value);
        }
        var identity = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-identity"));
        Assert.Equal(("innominatus-auth", "bootstrap-admin-password"), Ref(Containers.Env(identity, "Identity__BootstrapAdmin__Password")));
        Assert.Equal(("innominatus-auth", "gateway-client-secret"), Ref(Containers.Env(identity, "Identity__Clients__gateway__Secret")));
        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal(24, secret.StringData["workflow-outputs-key"].Length);
        Assert.Equal(("innominatus-auth", "workflow-outputs-key"), Ref(Containers.Env(workflow, "Workflows__OutputsKey")));
        Assert.True(Containers.Env(workflow, "Workflows__OutputsKey").ValueFrom.SecretKeyRef.Optional);
        Assert.DoesNotContain(identity.Env, e => e.Name == "Workflows__OutputsKey");
    }

    [Fact]
    public async Task With_an_ingress_the_issuer_is_its_public_address()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Ingress);

        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("https://innominatus.example.com/", Containers.Env(gateway, "Identity__Issuer").Value);
    }

    private static (string, string) Ref(V1EnvVar variable) => (variable.ValueFrom.SecretKeyRef.Name, variable.ValueFrom.SecretKeyRef.Key);
}
