using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Manifests;

/// <summary>What the committed manifests/ promise (eng/check-manifests.sh keeps them equal to the generator's output).</summary>
public sealed class GeneratedManifestsTests
{
    private static readonly string[] Workloads = ["innominatus", "workflow-service", "identity-service", "demo-service", "web", "postgres", "messaging"];

    private static RenderedObjects Load() => RenderedObjects.Parse(string.Join("\n---\n",
        Directory.GetFiles(Repository.Manifests, "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").Order().Select(File.ReadAllText)));

    [Fact]
    public void Every_workload_has_a_deployment_and_a_service_listed_in_the_kustomization()
    {
        var objects = Load();
        var kustomization = File.ReadAllText(Path.Combine(Repository.Manifests, "kustomization.yaml"));

        Assert.Equal(Workloads.Order(), objects.OfKind("Deployment").Select(d => d.Name).Order());
        Assert.Equal(Workloads.Order(), objects.OfKind("Service").Select(d => d.Name).Order());
        Assert.All(Workloads, w => Assert.Contains($"- {w}.yaml", kustomization));
    }

    [Fact]
    public void Gateway_service_is_innominatus_on_8081()
    {
        var service = Load().Get<V1Service>("Service", "innominatus");

        Assert.Equal(8081, service.Spec.Ports.Single(p => p.Name == "http").Port);
        Assert.Equal("innominatus", service.Spec.Selector["app.kubernetes.io/name"]);
        Assert.Equal("gateway", service.Spec.Selector["app.kubernetes.io/component"]);
    }

    /// <summary>The guide's scrape config keeps pods labelled app.kubernetes.io/name=innominatus: every service's pods are.</summary>
    [Theory]
    [InlineData("innominatus", "gateway")]
    [InlineData("workflow-service", "workflow-service")]
    [InlineData("identity-service", "identity-service")]
    [InlineData("demo-service", "demo-service")]
    [InlineData("web", "web")]
    public void Every_service_pod_is_named_innominatus_and_told_apart_by_its_component(string deployment, string component)
    {
        var manifests = Load();
        var workload = manifests.Get<V1Deployment>("Deployment", deployment);
        var selectors = manifests.OfKind("Deployment").Select(o => o.As<V1Deployment>()).Select(d => string.Join(',', d.Spec.Selector.MatchLabels.OrderBy(l => l.Key))).ToList();

        Assert.Equal("innominatus", workload.Spec.Template.Metadata.Labels["app.kubernetes.io/name"]);
        Assert.Equal(component, workload.Spec.Template.Metadata.Labels["app.kubernetes.io/component"]);
        Assert.Equal(selectors.Count, selectors.Distinct().Count());
        Assert.All(workload.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, workload.Spec.Template.Metadata.Labels[l.Key]));
    }

    [Theory]
    [InlineData("innominatus")]
    [InlineData("workflow-service")]
    [InlineData("identity-service")]
    [InlineData("demo-service")]
    [InlineData("web")]
    public void Projects_are_probed_and_run_non_root_read_only(string name)
    {
        var deployment = Load().Get<V1Deployment>("Deployment", name);
        var container = Containers.Only(deployment);

        Assert.Equal("/health", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("/ready", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal((true, 65532L), (deployment.Spec.Template.Spec.SecurityContext.RunAsNonRoot, deployment.Spec.Template.Spec.SecurityContext.RunAsUser));
        Assert.Equal((false, true), (container.SecurityContext.AllowPrivilegeEscalation, container.SecurityContext.ReadOnlyRootFilesystem));
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal("true", Containers.Env(container, "RUNNING_IN_KUBERNETES").Value);
    }

    [Fact]
    public void The_workflow_service_knows_its_namespace_from_the_downward_api_so_it_reserves_it()
    {
        var container = Containers.Only(Load().Get<V1Deployment>("Deployment", "workflow-service"));

        Assert.Equal("metadata.namespace", Containers.Env(container, "POD_NAMESPACE").ValueFrom.FieldRef.FieldPath);
    }

    [Fact]
    public void Connection_strings_name_service_dns_and_take_the_password_from_the_secret()
    {
        var container = Containers.Only(Load().Get<V1Deployment>("Deployment", "workflow-service"));

        Assert.Equal("Host=postgres;Port=5432;Username=postgres;Password=$(SECRET_POSTGRES_PASSWORD);Database=idp_orchestrator",
            Containers.Env(container, "ConnectionStrings__idp-orchestrator").Value);
        Assert.Equal("amqp://guest:$(SECRET_MESSAGING_PASSWORD)@messaging:5672", Containers.Env(container, "ConnectionStrings__messaging").Value);
        var secret = Containers.Env(container, "SECRET_POSTGRES_PASSWORD").ValueFrom.SecretKeyRef;
        Assert.Equal(("innominatus-secrets", "postgres-password"), (secret.Name, secret.Key));
        var names = container.Env.Select(e => e.Name).ToList();
        Assert.True(names.IndexOf("SECRET_POSTGRES_PASSWORD") < names.IndexOf("ConnectionStrings__idp-orchestrator"));
    }

    [Fact]
    public void No_environment_value_holds_a_secret_or_an_unresolved_expression()
    {
        var containers = Load().OfKind("Deployment").Select(d => Containers.Only(d.As<V1Deployment>())).ToList();

        Assert.All(containers.SelectMany(c => c.Env ?? []), e =>
        {
            Assert.DoesNotContain("{", e.Value ?? "");
            if (e.Name.Contains("PASSWORD", StringComparison.Ordinal) || e.Name.StartsWith("SECRET_", StringComparison.Ordinal))
            {
                Assert.Equal("innominatus-secrets", e.ValueFrom?.SecretKeyRef?.Name);
            }
        });
        Assert.Equal("innominatus-secrets", Containers.Env(containers.Single(c => c.Name == "postgres"), "POSTGRES_PASSWORD").ValueFrom.SecretKeyRef.Name);
    }

    [Fact]
    public void Gateway_reaches_the_services_by_their_service_names()
    {
        var gateway = Containers.Only(Load().Get<V1Deployment>("Deployment", "innominatus"));

        Assert.Equal("http://workflow-service:8080", Containers.Env(gateway, "services__workflow-service__http__0").Value);
        Assert.False(Containers.HasEnv(gateway, "services__workflow-service__https__0"), "https ends at the ingress");
        Assert.Equal("innominatus/gateway:0.1.0", gateway.Image);
    }
}
