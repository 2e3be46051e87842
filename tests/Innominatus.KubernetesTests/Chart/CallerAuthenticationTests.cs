using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// The gateway signs the callers it forwards with the private key; every service verifies them with the public half
/// from the same Secret, and no service ever receives the private key.
/// </summary>
public sealed class CallerAuthenticationTests
{
    [Fact]
    public async Task The_gateway_signs_and_every_service_verifies_with_the_generated_public_key_only()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var secret = rendered.Get<V1Secret>("Secret", "innominatus-auth");
        using var key = ECDsa.Create();
        key.ImportFromPem(secret.StringData["signing-key"]);
        Assert.Equal(256, key.KeySize);
        Assert.DoesNotContain("PRIVATE KEY", secret.StringData["public-key"]);
        using var certificate = X509Certificate2.CreateFromPem(secret.StringData["public-key"]);
        Assert.Equal(key.ExportSubjectPublicKeyInfo(), certificate.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo());
        Assert.Equal(24, secret.StringData["bootstrap-admin-password"].Length);
        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal(("innominatus-auth", "signing-key"), Ref(Containers.Env(gateway, "InternalAuth__SigningKey")));
        Assert.Equal(("innominatus-auth", "gateway-client-secret"), Ref(Containers.Env(gateway, "Gateway__IdentityClient__ClientSecret")));
        foreach (var service in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", service));
            Assert.Equal(("innominatus-auth", "public-key"), Ref(Containers.Env(container, "InternalAuth__PublicKeys__0")));
            Assert.DoesNotContain(container.Env, e => e.ValueFrom?.SecretKeyRef?.Key == "signing-key" || e.Value?.Contains("PRIVATE KEY") == true);
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
        Assert.Equal(24, secret.StringData["identity-stored-keys-key"].Length);
        Assert.Equal(("innominatus-auth", "identity-stored-keys-key"), Ref(Containers.Env(identity, "Identity__StoredKeysKey")));
        Assert.True(Containers.Env(identity, "Identity__StoredKeysKey").ValueFrom.SecretKeyRef.Optional);
        Assert.DoesNotContain(workflow.Env, e => e.Name == "Identity__StoredKeysKey");
    }

    [Fact]
    public async Task With_an_ingress_the_issuer_is_its_public_address()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.Ingress);

        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("https://innominatus.example.com/", Containers.Env(gateway, "Identity__Issuer").Value);
    }

    [Theory]
    [InlineData("--set", "internalAuth.existingSecret=my-auth", "--set", "internalAuth.publicKeyKey=signing-key")]
    [InlineData("--set", "internalAuth.publicKeyKey=signing-key")]
    [InlineData("--set-string", "env.InternalAuth__PublicKeys__1=-----BEGIN PRIVATE KEY-----")]
    [InlineData("--set-string", "env.InternalAuth__PublicKeys__1=-----BEGIN EC PRIVATE KEY-----")]
    public async Task Rendering_fails_when_a_private_key_would_reach_the_services_as_a_public_key(params string[] arguments)
    {
        var result = await Helm.RunAsync(["template", "innominatus", Repository.Chart, .. GuideOptions.BundledPostgres, .. arguments]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("services get only the gateway's public key", result.Stderr);
        Assert.Empty(result.Stdout.Trim());
    }

    [Fact]
    public async Task A_given_signing_key_gives_the_services_its_public_half()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, key.ExportPkcs8PrivateKeyPem());

        var rendered = await Helm.TemplateAsync([.. GuideOptions.BundledPostgres, "--set-file", "internalAuth.signingKey=" + file]);

        File.Delete(file);
        var secret = rendered.Get<V1Secret>("Secret", "innominatus-auth");
        using var certificate = X509Certificate2.CreateFromPem(secret.StringData["public-key"]);
        Assert.Equal(key.ExportSubjectPublicKeyInfo(), certificate.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo());
    }

    private static (string, string) Ref(V1EnvVar variable) => (variable.ValueFrom.SecretKeyRef.Name, variable.ValueFrom.SecretKeyRef.Key);
}
