using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

public sealed class WorkloadSecurityTests
{
    public static TheoryData<string> Deployments => ["innominatus", "innominatus-workflow", "innominatus-identity", "innominatus-demo"];

    [Theory]
    [MemberData(nameof(Deployments))]
    public async Task Services_run_as_65532_without_privileges_on_a_read_only_root(string name)
    {
        var rendered = await Helm.TemplateAsync();

        var pod = rendered.Get<V1Deployment>("Deployment", name).Spec.Template.Spec;
        Assert.Equal((true, 65532L, 65532L), (pod.SecurityContext.RunAsNonRoot, pod.SecurityContext.RunAsUser, pod.SecurityContext.FsGroup));
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", name)).SecurityContext;
        Assert.False(container.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.Capabilities.Drop);
        Assert.True(container.ReadOnlyRootFilesystem);
        Assert.Contains(pod.Volumes, v => v.Name == "tmp" && v.EmptyDir is not null);
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public async Task Services_are_probed_on_health_and_ready_and_know_they_run_in_kubernetes(string name)
    {
        var rendered = await Helm.TemplateAsync();

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", name));
        Assert.Equal(("/health", "http"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        Assert.Equal(("/ready", "http"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.Equal("true", Containers.Env(container, "RUNNING_IN_KUBERNETES").Value);
    }

    [Theory]
    [InlineData("innominatus-postgresql")]
    [InlineData("innominatus-rabbitmq")]
    public async Task Bundled_database_and_broker_run_as_their_images_own_non_root_account(string name)
    {
        var rendered = await Helm.TemplateAsync();

        var statefulSet = rendered.Get<V1StatefulSet>("StatefulSet", name);
        Assert.Equal((true, 999L), (statefulSet.Spec.Template.Spec.SecurityContext.RunAsNonRoot, statefulSet.Spec.Template.Spec.SecurityContext.RunAsUser));
        var container = Containers.OnlyOf(statefulSet).SecurityContext;
        Assert.Equal((false, true), (container.AllowPrivilegeEscalation, container.ReadOnlyRootFilesystem));
        Assert.Equal(["ALL"], container.Capabilities.Drop);
    }

    [Fact]
    public async Task Process_steps_work_on_the_workspaces_volume_and_see_only_the_allow_listed_environment()
    {
        var rendered = await Helm.TemplateAsync("--set", "persistence.enabled=true", "--set", "workflows.processSteps.runner=local");

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("local", Containers.Env(container, "Workflows__ProcessSteps__Runner").Value);
        var mount = Assert.Single(container.VolumeMounts, m => m.Name == "workspaces");
        Assert.Equal(mount.MountPath, Containers.Env(container, "Workspaces__Root").Value);
        Assert.Equal(("KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT"),
            (Containers.Env(container, "Workflows__ProcessSteps__AllowedEnvironment__0").Value, Containers.Env(container, "Workflows__ProcessSteps__AllowedEnvironment__1").Value));
    }

    [Fact]
    public async Task Only_the_demo_and_workflow_services_get_a_service_account_token()
    {
        var rendered = await Helm.TemplateAsync();

        var tokens = rendered.OfKind("Deployment").ToDictionary(d => d.Name, d => d.As<V1Deployment>().Spec.Template.Spec.AutomountServiceAccountToken);
        Assert.Equal(true, tokens["innominatus-demo"]);
        Assert.Equal(true, tokens["innominatus-workflow"]);
        Assert.All(tokens.Where(t => t.Key is not ("innominatus-demo" or "innominatus-workflow")), t => Assert.Equal(false, t.Value));
    }
}
