using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>Option 2 of the guide, and its "Using Kubernetes Secret" variant.</summary>
public sealed class ExternalDatabaseTests
{
    [Fact]
    public async Task External_database_renders_no_postgresql()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ExternalDatabase);

        Assert.DoesNotContain(rendered.Objects, o => o.Name.Contains("postgresql", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Password_is_kept_in_a_chart_secret_and_the_connection_string_names_the_host()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ExternalDatabase);

        var secret = rendered.Get<V1Secret>("Secret", "innominatus-externaldb");
        Assert.Equal("secretPassword", secret.StringData["password"]);
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("innominatus-externaldb", Containers.Env(container, "DATABASE_PASSWORD").ValueFrom.SecretKeyRef.Name);
        Assert.Equal("Host=postgres.example.com;Port=5432;Database=idp_orchestrator;Username=innominatus;Password=$(DATABASE_PASSWORD)",
            Containers.Env(container, "ConnectionStrings__idp-orchestrator").Value);
        Assert.DoesNotContain(rendered.OfKind("Deployment"), d => d.Yaml.Contains("secretPassword", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Existing_secret_supplies_the_password_and_the_chart_creates_none()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "postgresql.enabled=false", "--set", "externalDatabase.enabled=true",
            "--set", "externalDatabase.host=postgres.example.com", "--set", "externalDatabase.existingSecret=innominatus-db-credentials");

        Assert.False(rendered.Has("Secret", "innominatus-externaldb"));
        foreach (var name in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            var reference = Containers.Env(Containers.Only(rendered.Get<V1Deployment>("Deployment", name)), "DATABASE_PASSWORD").ValueFrom.SecretKeyRef;
            Assert.Equal(("innominatus-db-credentials", "password"), (reference.Name, reference.Key));
        }
    }

    [Fact]
    public async Task Gateway_gets_no_database_credentials()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.ExternalDatabase);

        var gateway = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus"));
        Assert.False(Containers.HasEnv(gateway, "DATABASE_PASSWORD"));
        Assert.False(Containers.HasEnv(gateway, "ConnectionStrings__idp-orchestrator"));
    }
}
