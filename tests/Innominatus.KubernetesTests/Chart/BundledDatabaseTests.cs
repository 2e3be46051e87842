using System.Text;
using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>Option 1 of the guide: `--set postgresql.auth.password=myStrongPassword123`.</summary>
public sealed class BundledDatabaseTests
{
    [Fact]
    public async Task Bundled_postgresql_has_the_object_names_the_guide_uses()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var statefulSet = rendered.Get<V1StatefulSet>("StatefulSet", "innominatus-postgresql");
        Assert.Equal(1, statefulSet.Spec.Replicas); // hence pod innominatus-postgresql-0
        Assert.Equal("innominatus-postgresql-hl", statefulSet.Spec.ServiceName);
        Assert.StartsWith("docker.io/library/postgres:", Containers.OnlyOf(statefulSet).Image);
        var service = rendered.Get<V1Service>("Service", "innominatus-postgresql");
        Assert.Equal(5432, Assert.Single(service.Spec.Ports).Port);
        Assert.Equal("postgresql", service.Spec.Selector["app.kubernetes.io/name"]);
    }

    [Fact]
    public async Task Secret_holds_the_given_password_under_key_password()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var secret = rendered.Get<V1Secret>("Secret", "innominatus-postgresql");
        Assert.Equal("myStrongPassword123", Encoding.UTF8.GetString(secret.Data["password"]));
        Assert.True(secret.Data["postgres-password"].Length >= 24, "the superuser password is generated when not given");
    }

    [Fact]
    public async Task Database_and_user_are_created_as_the_guide_names_them()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var container = Containers.OnlyOf(rendered.Get<V1StatefulSet>("StatefulSet", "innominatus-postgresql"));
        Assert.Equal("innominatus", Containers.Env(container, "APP_USER").Value);
        Assert.Equal("idp_orchestrator", Containers.Env(container, "APP_DATABASE").Value);
        Assert.Equal("password", Containers.Env(container, "APP_PASSWORD").ValueFrom.SecretKeyRef.Key);
        var init = rendered.Get<V1ConfigMap>("ConfigMap", "innominatus-postgresql-init");
        Assert.Contains("CREATE DATABASE :\"app_database\" OWNER :\"app_user\"", init.Data["10-application.sh"]);
    }

    [Theory]
    [InlineData("innominatus-workflow")]
    [InlineData("innominatus-identity")]
    [InlineData("innominatus-demo")]
    public async Task Services_build_their_connection_string_from_the_secret(string deployment)
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.BundledPostgres);

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", deployment));
        var password = Containers.Env(container, "DATABASE_PASSWORD").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-postgresql", "password"), (password.Name, password.Key));
        Assert.Equal("Host=innominatus-postgresql;Port=5432;Database=idp_orchestrator;Username=innominatus;Password=$(DATABASE_PASSWORD)",
            Containers.Env(container, "ConnectionStrings__idp-orchestrator").Value);
        // Kubernetes expands $(VAR) only from variables listed before the one that uses it.
        var names = container.Env.Select(e => e.Name).ToList();
        Assert.True(names.IndexOf("DATABASE_PASSWORD") < names.IndexOf("ConnectionStrings__idp-orchestrator"));
        Assert.True(names.IndexOf("RABBITMQ_PASSWORD") < names.IndexOf("ConnectionStrings__messaging"));
    }

    [Fact]
    public async Task Bundled_rabbitmq_is_the_default_broker()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.True(rendered.Has("StatefulSet", "innominatus-rabbitmq"));
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("amqp://innominatus:$(RABBITMQ_PASSWORD)@innominatus-rabbitmq:5672/", Containers.Env(container, "ConnectionStrings__messaging").Value);
        Assert.Equal("innominatus-rabbitmq", Containers.Env(container, "RABBITMQ_PASSWORD").ValueFrom.SecretKeyRef.Name);
        var secret = rendered.Get<V1Secret>("Secret", "innominatus-rabbitmq");
        Assert.Matches("^[A-Za-z0-9]{24}$", Encoding.UTF8.GetString(secret.Data["password"]));
    }

    [Fact]
    public async Task External_rabbitmq_replaces_the_bundled_one()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "rabbitmq.enabled=false", "--set", "externalRabbitmq.host=mq.example.com",
            "--set", "externalRabbitmq.existingSecret=mq-credentials", "--set", "externalRabbitmq.vhost=innominatus");

        Assert.False(rendered.Has("StatefulSet", "innominatus-rabbitmq"));
        Assert.False(rendered.Has("Secret", "innominatus-externalrabbitmq"));
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-demo"));
        Assert.Equal("amqp://innominatus:$(RABBITMQ_PASSWORD)@mq.example.com:5672/innominatus", Containers.Env(container, "ConnectionStrings__messaging").Value);
        Assert.Equal("mq-credentials", Containers.Env(container, "RABBITMQ_PASSWORD").ValueFrom.SecretKeyRef.Name);
    }
}
