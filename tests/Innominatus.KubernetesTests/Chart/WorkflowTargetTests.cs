using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>workflows.kubeconfigSecret, workflows.jobs.image, workflows.helm.path and the workspaces of the workflow service.</summary>
public sealed class WorkflowTargetTests
{
    [Fact]
    public async Task Kubeconfig_secret_targets_another_cluster_without_token_or_rbac_here()
    {
        var rendered = await Helm.TemplateAsync("--set", "workflows.kubeconfigSecret.name=target", "--set", "workflows.kubeconfigSecret.key=cfg");

        var deployment = rendered.Get<V1Deployment>("Deployment", "innominatus-workflow");
        var container = Containers.Only(deployment);
        Assert.Equal(false, deployment.Spec.Template.Spec.AutomountServiceAccountToken);
        Assert.Equal(false, rendered.Get<V1ServiceAccount>("ServiceAccount", "innominatus-workflow").AutomountServiceAccountToken);
        var volume = deployment.Spec.Template.Spec.Volumes.Single(v => v.Name == "kubeconfig").Secret;
        Assert.Equal(("target", "cfg", "config"), (volume.SecretName, Assert.Single(volume.Items).Key, volume.Items[0].Path));
        var mount = Assert.Single(container.VolumeMounts, m => m.Name == "kubeconfig");
        Assert.True(mount.ReadOnlyProperty);
        Assert.Equal($"{mount.MountPath}/config", Containers.Env(container, "Kubernetes__Kubeconfig").Value);
        Assert.Equal("kubernetes-job", Containers.Env(container, "Workflows__ProcessSteps__Runner").Value);
        Assert.False(rendered.Has("ClusterRole", "innominatus-workflow"));
        Assert.False(rendered.Has("ClusterRoleBinding", "innominatus-workflow"));
        Assert.False(rendered.Has("ClusterRole", "innominatus-step"));
        Assert.True(rendered.Has("ClusterRole", "innominatus")); // demo-time's stays
    }

    [Fact]
    public async Task Without_kubeconfig_secret_nothing_is_mounted_and_the_default_key_is_kubeconfig()
    {
        var plain = await Helm.TemplateAsync();
        Assert.DoesNotContain(plain.Get<V1Deployment>("Deployment", "innominatus-workflow").Spec.Template.Spec.Volumes, v => v.Name == "kubeconfig");
        Assert.Null(Containers.Only(plain.Get<V1Deployment>("Deployment", "innominatus-workflow")).Env.FirstOrDefault(e => e.Name == "Kubernetes__Kubeconfig"));

        var rendered = await Helm.TemplateAsync("--set", "workflows.kubeconfigSecret.name=target");
        var volume = rendered.Get<V1Deployment>("Deployment", "innominatus-workflow").Spec.Template.Spec.Volumes.Single(v => v.Name == "kubeconfig");
        Assert.Equal("kubeconfig", Assert.Single(volume.Secret.Items).Key);
    }

    [Fact]
    public async Task Helm_path_is_set_only_when_given_else_the_engine_runs_helm_from_PATH()
    {
        var plain = Containers.Only((await Helm.TemplateAsync()).Get<V1Deployment>("Deployment", "innominatus-workflow"));
        var set = Containers.Only((await Helm.TemplateAsync("--set", "workflows.helm.path=/opt/helm/bin/helm")).Get<V1Deployment>("Deployment", "innominatus-workflow"));

        Assert.Null(plain.Env.FirstOrDefault(e => e.Name == "Workflows__Helm__Path"));
        Assert.Equal("/opt/helm/bin/helm", Containers.Env(set, "Workflows__Helm__Path").Value);
    }

    [Fact]
    public async Task Job_image_defaults_to_the_public_tools_image_with_the_app_version()
    {
        var container = Containers.Only((await Helm.TemplateAsync()).Get<V1Deployment>("Deployment", "innominatus-workflow"));

        Assert.Equal("ghcr.io/philipsahli/innominatus/tools:0.1.0", Containers.Env(container, "Workflows__ProcessSteps__JobImage").Value);
        Assert.Equal("IfNotPresent", Containers.Env(container, "Workflows__ProcessSteps__JobImagePullPolicy").Value);
    }

    [Fact]
    public async Task Job_image_values_replace_repository_tag_and_pull_policy()
    {
        var rendered = await Helm.TemplateAsync("--set", "workflows.jobs.image.repository=innominatus/tools", "--set", "workflows.jobs.image.tag=1",
            "--set", "workflows.jobs.image.pullPolicy=Never");

        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("innominatus/tools:1", Containers.Env(container, "Workflows__ProcessSteps__JobImage").Value);
        Assert.Equal("Never", Containers.Env(container, "Workflows__ProcessSteps__JobImagePullPolicy").Value);
    }

    [Fact]
    public async Task By_default_no_workspaces_claim_and_the_root_is_on_the_tmp_empty_dir()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Empty(rendered.OfKind("PersistentVolumeClaim"));
        var deployment = rendered.Get<V1Deployment>("Deployment", "innominatus-workflow");
        Assert.DoesNotContain(deployment.Spec.Template.Spec.Volumes, v => v.Name == "workspaces");
        Assert.Equal("/tmp/workspaces", Containers.Env(Containers.Only(deployment), "Workspaces__Root").Value);
    }
}
