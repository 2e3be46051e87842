using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows.RealCluster;

/// <summary>Script steps run as Jobs on a real kubelet: the pod's log, exit code and termination message make the outcome.</summary>
public class JobStepOnClusterTests
{
    private static async Task<(EngineHost Engine, IKubernetes Cluster, string Namespace)> StartAsync(string steps, string image)
    {
        var cluster = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(ClusterFactAttribute.Kubeconfig));
        var ns = LocalCluster.NewNamespace();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["job"] = steps }, new Dictionary<string, string>
        {
            ["Kubernetes:Kubeconfig"] = ClusterFactAttribute.Kubeconfig!,
            ["Workflows:ProcessSteps:Runner"] = "kubernetes-job",
            ["Workflows:ProcessSteps:JobImage"] = image,
            ["Workflows:ProcessSteps:JobImagePullPolicy"] = "Never",
            ["Workflows:ProcessSteps:JobNamespace"] = ns,
        });
        return (engine, cluster, ns);
    }

    [ClusterFact]
    public async Task A_script_Job_streams_its_log_and_publishes_outputs_from_the_termination_message_then_is_deleted()
    {
        var (engine, cluster, ns) = await StartAsync(
            "parameters:\n  who: {type: string, default: world}\n---steps\n  - name: greet\n    type: script\n    timeout: 3m\n    config:\n      script: |\n        echo \"hello ${parameters.who}\"\n        id -u\n        echo \"greeting=hi ${parameters.who}\" >> \"$INNOMINATUS_OUTPUTS\"\n",
            ClusterFactAttribute.JobImage);
        await using var _ = engine;

        var run = await engine.WaitForAsync(await engine.RunAsync("job"), "succeeded", seconds: 180);
        var lines = await engine.LogLinesAsync(run.GetProperty("id").GetGuid(), "greet");
        await Eventually.TrueAsync(async () => (await cluster.BatchV1.ListNamespacedJobAsync(ns)).Items.Count == 0, 60);

        Assert.Contains("hello world", lines);
        Assert.Contains("65532", lines);
        Assert.Equal("hi world", EngineHost.Step(run, "greet").GetProperty("outputs").GetProperty("greeting").GetString());
    }

    [ClusterFact]
    public async Task A_failing_script_fails_the_step_with_its_exit_code_and_an_image_that_is_not_there_fails_it_naming_the_reason()
    {
        var (engine, _, _) = await StartAsync("  - {name: fail, type: script, timeout: 3m, config: {script: 'echo about to fail; exit 3'}}\n", ClusterFactAttribute.JobImage);
        await using var __ = engine;
        var (missing, _, _) = await StartAsync("  - {name: pull, type: script, timeout: 3m, config: {script: 'true'}}\n", "innominatus/no-such-image:0");
        await using var ___ = missing;

        var failed = await engine.WaitForAsync(await engine.RunAsync("job"), "failed", seconds: 180);
        var unpulled = await missing.WaitForAsync(await missing.RunAsync("job"), "failed", seconds: 180);

        Assert.Equal("script exited with code 3", EngineHost.Step(failed, "fail").GetProperty("error").GetString());
        Assert.Contains("about to fail", await engine.LogLinesAsync(failed.GetProperty("id").GetGuid(), "fail"));
        Assert.Contains("ErrImageNeverPull", EngineHost.Step(unpulled, "pull").GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
