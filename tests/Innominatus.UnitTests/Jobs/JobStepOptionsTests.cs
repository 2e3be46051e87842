using Innominatus.WorkflowService.Workflows.Jobs;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Jobs;

public class JobStepOptionsTests
{
    private static JobStepOptions From(params (string Key, string Value)[] settings) =>
        JobStepOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void In_a_cluster_with_a_Job_image_process_steps_run_as_Jobs_by_default_and_local_stays_possible()
    {
        Assert.Equal(JobStepOptions.KubernetesJob, From(("RUNNING_IN_KUBERNETES", "true"), ("Workflows:ProcessSteps:JobImage", "t:1")).Runner);
        Assert.Equal(JobStepOptions.Local, From(("RUNNING_IN_KUBERNETES", "true")).Runner);
        Assert.Equal(JobStepOptions.Local, From(("RUNNING_IN_KUBERNETES", "true"), ("Workflows:ProcessSteps:Runner", "local")).Runner);
    }

    [Fact]
    public void The_Job_namespace_falls_back_to_the_release_namespace()
    {
        Assert.Equal("innominatus", From(("POD_NAMESPACE", "innominatus")).JobNamespace);
        Assert.Equal("steps", From(("POD_NAMESPACE", "innominatus"), ("Workflows:ProcessSteps:JobNamespace", "steps")).JobNamespace);
    }

    [Fact]
    public void An_unknown_runner_a_Job_runner_without_image_or_a_bad_pull_policy_are_refused_naming_the_key()
    {
        Assert.Contains("Runner must be", Assert.Single(From(("Workflows:ProcessSteps:Runner", "docker")).Problems()), StringComparison.Ordinal);
        Assert.Contains("JobImage is required", Assert.Single(From(("Workflows:ProcessSteps:Runner", "kubernetes-job")).Problems()), StringComparison.Ordinal);
        Assert.Contains("JobImagePullPolicy", Assert.Single(From(("Workflows:ProcessSteps:Runner", "kubernetes-job"), ("Workflows:ProcessSteps:JobImage", "t:1"), ("Workflows:ProcessSteps:JobImagePullPolicy", "Sometimes")).Problems()), StringComparison.Ordinal);
        Assert.Empty(From(("Workflows:ProcessSteps:Runner", "kubernetes-job"), ("Workflows:ProcessSteps:JobImage", "t:1")).Problems());
    }
}
