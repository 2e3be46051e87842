using System.Text;
using Innominatus.WorkflowService.Workflows.Jobs;
using k8s;

namespace Innominatus.UnitTests.Jobs;

public class JobManifestsTests
{
    private const string SecretValue = "s3cr3t-password-value";
    private static readonly JobStepOptions Options = new(JobStepOptions.KubernetesJob, "innominatus/tools:1", "Never", "innominatus-step", "innominatus");

    private static JobStepSpec Spec(string step = "migrate") => new(
        Guid.NewGuid(), Guid.NewGuid(), step, "team-a-shop", ["bash", "/workspace/.innominatus/script"],
        [new("INNOMINATUS_VALUE_1", SecretValue), new("PARAM_NAME", "shop")],
        new Dictionary<string, string> { [".innominatus/script"] = "echo \"${INNOMINATUS_VALUE_1}\" | wc -c" },
        TimeSpan.FromSeconds(90.5));

    [Fact]
    public void The_container_runs_non_root_with_a_read_only_root_no_capabilities_and_the_runtime_seccomp_profile()
    {
        var job = JobManifests.Job(Spec(), "innominatus-step-x", Options);
        var pod = job.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);

        Assert.Equal((true, 65532L, "RuntimeDefault"), (pod.SecurityContext.RunAsNonRoot, pod.SecurityContext.RunAsUser, pod.SecurityContext.SeccompProfile.Type));
        Assert.Equal((true, 65532L, true, false, false), (container.SecurityContext.RunAsNonRoot, container.SecurityContext.RunAsUser, container.SecurityContext.ReadOnlyRootFilesystem, container.SecurityContext.AllowPrivilegeEscalation, container.SecurityContext.Privileged));
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal("RuntimeDefault", container.SecurityContext.SeccompProfile.Type);
        Assert.Equal(("Never", "innominatus-step", true), (pod.RestartPolicy, pod.ServiceAccountName, pod.AutomountServiceAccountToken));
        Assert.Equal(("innominatus/tools:1", "Never"), (container.Image, container.ImagePullPolicy));
    }

    [Fact]
    public void No_retry_the_steps_timeout_as_deadline_and_the_termination_message_file_as_outputs()
    {
        var job = JobManifests.Job(Spec(), "innominatus-step-x", Options);
        var container = job.Spec.Template.Spec.Containers[0];

        Assert.Equal((0, 91L), (job.Spec.BackoffLimit, job.Spec.ActiveDeadlineSeconds));
        Assert.Equal(("/dev/termination-log", "/workspace"), (container.TerminationMessagePath, container.WorkingDir));
        Assert.Contains(job.Spec.Template.Spec.Volumes, v => v.Name == "workspace" && v.EmptyDir is not null);
        Assert.Contains(container.VolumeMounts, m => m.Name == "workspace" && m.MountPath == "/workspace");
        Assert.Contains(container.VolumeMounts, m => m.Name == "files" && m.MountPath == "/workspace/.innominatus/script" && m.SubPath == "file-0" && m.ReadOnlyProperty == true);
    }

    [Fact]
    public void The_environment_comes_from_a_Secret_and_no_value_of_the_step_is_in_the_Job()
    {
        var spec = Spec();
        var job = JobManifests.Job(spec, "innominatus-step-x", Options);
        var env = JobManifests.EnvironmentSecret(spec, "innominatus-step-x");
        var files = JobManifests.FilesSecret(spec, "innominatus-step-x");
        var container = job.Spec.Template.Spec.Containers[0];

        Assert.Null(container.Env);
        Assert.Equal("innominatus-step-x-env", Assert.Single(container.EnvFrom).SecretRef.Name);
        Assert.Equal(SecretValue, Encoding.UTF8.GetString(env.Data["INNOMINATUS_VALUE_1"]));
        Assert.Equal(spec.Files[".innominatus/script"], Encoding.UTF8.GetString(files.Data["file-0"]));
        var serialized = KubernetesJson.Serialize(job);
        Assert.DoesNotContain(SecretValue, serialized, StringComparison.Ordinal);
        Assert.DoesNotContain("wc -c", serialized, StringComparison.Ordinal);
        Assert.DoesNotContain("PARAM_NAME", serialized, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_pod_and_Secrets_carry_the_managed_by_run_and_step_labels_in_the_steps_namespace()
    {
        var spec = Spec();
        var job = JobManifests.Job(spec, "innominatus-step-x", Options);
        foreach (var meta in new[] { job.Metadata, job.Spec.Template.Metadata, JobManifests.EnvironmentSecret(spec, "j").Metadata, JobManifests.FilesSecret(spec, "j").Metadata })
        {
            Assert.Equal("innominatus", meta.Labels["app.kubernetes.io/managed-by"]);
            Assert.Equal(spec.ExecutionId.ToString("N"), meta.Labels["innominatus.dev/run"]);
            Assert.Equal("migrate", meta.Labels["innominatus.dev/step"]);
        }
        Assert.Equal("team-a-shop", job.Metadata.NamespaceProperty);
        Assert.Equal("team-a-shop", JobManifests.EnvironmentSecret(spec, "j").Metadata.NamespaceProperty);
    }

    [Fact]
    public void A_step_name_that_is_no_label_value_is_labelled_with_the_steps_id_and_job_names_fit_a_label()
    {
        var spec = Spec("make the db!");
        var name = JobManifests.JobName(spec);

        Assert.Equal(spec.StepId.ToString("N"), JobManifests.Labels(spec)["innominatus.dev/step"]);
        Assert.True(name.Length <= 63, name);
        Assert.StartsWith("innominatus-step-", name, StringComparison.Ordinal);
        Assert.NotEqual(name, JobManifests.JobName(spec));
    }
}
