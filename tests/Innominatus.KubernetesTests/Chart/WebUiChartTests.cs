using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>The web UI (src/Web): behind the gateway, calling back through it, with nothing of the services' secrets.</summary>
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
    public async Task The_web_ui_gets_no_database_broker_signing_key_or_service_account_token()
    {
        var rendered = await Helm.TemplateAsync();

        var deployment = rendered.Get<V1Deployment>("Deployment", "innominatus-web");
        var names = Containers.Only(deployment).Env.Select(e => e.Name).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || n.StartsWith("InternalAuth__", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) || n.Contains("SECRET", StringComparison.OrdinalIgnoreCase));
        Assert.False(deployment.Spec.Template.Spec.AutomountServiceAccountToken);
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
}
