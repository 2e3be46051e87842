using System.Security.Cryptography.X509Certificates;
using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// The web UI (src/Web): behind the gateway, calling back through it, with nothing of the services' secrets; only the
/// database for its shared data-protection key ring, and the settings that make its sign-in cookie Secure behind TLS.
/// </summary>
public sealed class WebUiChartTests
{
    [Fact]
    public async Task The_web_ui_runs_behind_the_gateway_and_calls_the_api_back_through_it()
    {
        var rendered = await Helm.TemplateAsync();

        var web = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-web"));
        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.Equal("ghcr.io/philipsahli/innominatus/web:0.1.0", web.Image);
        Assert.Equal("http://innominatus:8081", Containers.Env(web, "services__gateway__http__0").Value);
        Assert.Equal("http://innominatus-web:8080", Containers.Env(gateway, "services__web__http__0").Value);
        var service = rendered.Get<V1Service>("Service", "innominatus-web");
        Assert.Equal(("ClusterIP", 8080), (service.Spec.Type, Assert.Single(service.Spec.Ports).Port));
    }

    [Fact]
    public async Task The_web_ui_gets_the_database_for_its_key_ring_but_no_broker_signing_key_or_service_account_token()
    {
        var rendered = await Helm.TemplateAsync();

        var deployment = rendered.Get<V1Deployment>("Deployment", "innominatus-web");
        var web = Containers.Only(deployment);
        var names = web.Env.Select(e => e.Name).ToList();
        Assert.StartsWith("Host=innominatus-postgresql;", Containers.Env(web, "ConnectionStrings__idp-orchestrator").Value);
        Assert.Equal(("innominatus-postgresql", "password"), Ref(Containers.Env(web, "DATABASE_PASSWORD")));
        Assert.DoesNotContain(names, n => n == "ConnectionStrings__messaging" || n.StartsWith("InternalAuth__", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n != "DATABASE_PASSWORD" && (n.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || n.Contains("SECRET", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(web.Env, e => e.ValueFrom?.SecretKeyRef?.Key is "signing-key" or "gateway-client-secret" or "bootstrap-admin-password");
        Assert.False(deployment.Spec.Template.Spec.AutomountServiceAccountToken);
    }

    [Fact]
    public async Task The_key_ring_certificate_is_generated_into_the_auth_secret_and_optional_for_the_web_ui()
    {
        var rendered = await Helm.TemplateAsync();

        var pem = rendered.Get<V1Secret>("Secret", "innominatus-auth").StringData["web-data-protection-certificate"];
        // What src/Web/DataProtection/KeyRingCertificates.cs reads: one text with the certificate and its RSA key.
        using var certificate = X509Certificate2.CreateFromPem(pem, pem);
        Assert.NotNull(certificate.GetRSAPrivateKey());
        var web = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-web"));
        var reference = Containers.Env(web, "Web__DataProtection__Certificate").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-auth", "web-data-protection-certificate", true), (reference.Name, reference.Key, reference.Optional));
        foreach (var service in new[] { "innominatus", "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", service)).Env,
                e => e.ValueFrom?.SecretKeyRef?.Key == "web-data-protection-certificate");
        }
    }

    [Theory]
    [InlineData(false, "", "SameAsRequest")]
    [InlineData(true, "", "Always")]
    [InlineData(true, "SameAsRequest", "SameAsRequest")]
    [InlineData(false, "Always", "Always")]
    public async Task The_sign_in_cookie_is_always_secure_when_the_ingress_serves_tls_unless_set(bool tls, string setting, string expected)
    {
        string[] ingress = tls ? GuideOptions.Ingress : ["--set", "ingress.enabled=true"];

        var rendered = await Helm.TemplateAsync([.. ingress, "--set", $"web.cookies.secure={setting}"]);

        var web = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-web"));
        Assert.Equal(expected, Containers.Env(web, "Web__Cookies__Secure").Value);
    }

    [Fact]
    public async Task The_web_ui_believes_the_forwarded_headers_of_the_gateway_pods_only()
    {
        var byClusterNetworks = await Helm.TemplateAsync("--set", "clusterNetworks={10.42.0.0/16}");
        var byTrustedProxies = await Helm.TemplateAsync("--set", "clusterNetworks={10.42.0.0/16}", "--set", "web.trustedProxies={10.42.7.0/24,10.42.9.9}");
        var unset = await Helm.TemplateAsync();

        var fromNetworks = Containers.Only(byClusterNetworks.Get<V1Deployment>("Deployment", "innominatus-web"));
        Assert.Equal("10.42.0.0/16", Containers.Env(fromNetworks, "Web__ForwardedHeaders__KnownNetworks__0").Value);
        var fromProxies = Containers.Only(byTrustedProxies.Get<V1Deployment>("Deployment", "innominatus-web"));
        Assert.Equal("10.42.7.0/24", Containers.Env(fromProxies, "Web__ForwardedHeaders__KnownNetworks__0").Value);
        Assert.Equal("10.42.9.9", Containers.Env(fromProxies, "Web__ForwardedHeaders__KnownProxies__0").Value);
        Assert.False(Containers.HasEnv(fromProxies, "Web__ForwardedHeaders__KnownNetworks__1"));
        // Nothing set: the UI's default, loopback peers only.
        Assert.DoesNotContain(Containers.Only(unset.Get<V1Deployment>("Deployment", "innominatus-web")).Env,
            e => e.Name.StartsWith("Web__ForwardedHeaders__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_high_availability_the_web_ui_stays_one_replica_without_an_autoscaler()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.HighAvailability);

        Assert.Equal(1, rendered.Get<V1Deployment>("Deployment", "innominatus-web").Spec.Replicas);
        Assert.DoesNotContain(rendered.OfKind("HorizontalPodAutoscaler"), h => h.Name == "innominatus-web");
        Assert.DoesNotContain(rendered.OfKind("PodDisruptionBudget"), p => p.Name == "innominatus-web");
    }

    [Fact]
    public async Task Single_sign_on_gives_the_web_ui_and_the_identity_service_the_same_public_callback()
    {
        var rendered = await Helm.TemplateAsync("--set", "services.web.singleSignOn=true", "--set", "identity.issuer=https://innominatus.example.com/");

        var web = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-web"));
        var identity = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-identity"));
        Assert.Equal("true", Containers.Env(web, "Web__SingleSignOn__Enabled").Value);
        Assert.Equal("https://innominatus.example.com/signin-oidc", Containers.Env(web, "Web__SingleSignOn__RedirectUri").Value);
        Assert.Equal("https://innominatus.example.com/", Containers.Env(web, "Identity__Issuer").Value);
        Assert.Equal("https://innominatus.example.com/signin-oidc", Containers.Env(identity, "Identity__Clients__innominatus-web__RedirectUris__0").Value);
    }

    [Fact]
    public async Task Single_sign_on_follows_oidc_enabled_unless_it_is_set()
    {
        var byDefault = await Helm.TemplateAsync();
        var withOidc = await Helm.TemplateAsync(GuideOptions.Oidc);
        var turnedOff = await Helm.TemplateAsync([.. GuideOptions.Oidc, "--set", "services.web.singleSignOn=false"]);

        Assert.False(Containers.HasEnv(Containers.Only(byDefault.Get<V1Deployment>("Deployment", "innominatus-web")), "Web__SingleSignOn__Enabled"));
        Assert.Equal("true", Containers.Env(Containers.Only(withOidc.Get<V1Deployment>("Deployment", "innominatus-web")), "Web__SingleSignOn__Enabled").Value);
        Assert.False(Containers.HasEnv(Containers.Only(turnedOff.Get<V1Deployment>("Deployment", "innominatus-web")), "Web__SingleSignOn__Enabled"));
        Assert.False(Containers.HasEnv(Containers.Only(turnedOff.Get<V1Deployment>("Deployment", "innominatus-identity")), "Identity__Clients__innominatus-web__RedirectUris__0"));
    }

    private static (string Name, string Key) Ref(V1EnvVar variable) => (variable.ValueFrom.SecretKeyRef.Name, variable.ValueFrom.SecretKeyRef.Key);
}
