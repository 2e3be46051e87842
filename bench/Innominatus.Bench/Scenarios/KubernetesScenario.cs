using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// N applications of three resources (PostgreSQL, Redis, an Ingress route) plus an nginx workload deployed one after
/// the other through the real WorkflowService onto a real kube-apiserver; prints the end-to-end latency from the POST
/// until every run succeeded. No kubelet runs, so the bench reports Deployments and StatefulSets ready in its place.
/// </summary>
public static class KubernetesScenario
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(BenchOptions options)
    {
        if (options.Runs < 1)
        {
            throw new BenchFailure("--runs must be at least 1");
        }
        using var kubernetes = LocalKubernetes.Start();
        using var cluster = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(kubernetes.Kubeconfig));
        await using var service = await BenchWorkflowService.StartAsync(new Dictionary<string, string>
        {
            ["Kubernetes__Kubeconfig"] = kubernetes.Kubeconfig,
        });
        // A cluster someone else gave may hold an earlier bench's namespaces, which would already be ready.
        var prefix = kubernetes.Scratch ? "bench-k8s-" : $"bench-k8s-{Guid.NewGuid().ToString("N")[..4]}-";
        Console.WriteLine($"{Environment.ProcessorCount} cores, {cluster.BaseUri}: {options.Runs} applications of {BenchApplication.Resources} resources (postgres, redis, route) and an nginx workload, one after the other");

        var warmUp = await DeployAsync(cluster, service.Client, prefix + "0");
        Console.WriteLine($"warm-up {prefix}0 (not counted): {warmUp.TotalSeconds:0.00} s");
        var seconds = new List<double>();
        for (var i = 1; i <= options.Runs; i++)
        {
            seconds.Add((await DeployAsync(cluster, service.Client, prefix + i)).TotalSeconds);
        }
        seconds.Sort();
        Console.WriteLine($"runs {seconds.Count}: POST to everything done p50 {NearestRank.Of(seconds, 0.5):0.00} s, p90 {NearestRank.Of(seconds, 0.9):0.00} s, max {seconds[^1]:0.00} s");
        Console.WriteLine($"objects in namespace {prefix}1: {await ClusterInventory.DescribeAsync(cluster, prefix + "1")}");
    }

    /// <summary>One application, with the kubelet's part played for its namespace until it is done.</summary>
    private static async Task<TimeSpan> DeployAsync(IKubernetes cluster, HttpClient client, string name)
    {
        using var stop = new CancellationTokenSource();
        var kubelet = LocalCluster.MarkReadyAsync(cluster, name, stop.Token);
        var deployment = ApplicationDeployment.DeployAsync(client, name, Timeout);
        // The stand-in only ends early on an error it does not retry (the cluster unreachable): the run would then wait
        // for readiness until its timeout, so that error is the one to report.
        var first = await Task.WhenAny(deployment, kubelet);
        await stop.CancelAsync();
        try
        {
            return first == kubelet ? throw new BenchFailure($"{name}: playing the kubelet: {kubelet.Exception?.GetBaseException().Message}") : await deployment;
        }
        catch (Exception e) when (e is not BenchFailure)
        {
            throw new BenchFailure($"{name}: {e.GetType().Name}: {e.Message}");
        }
    }
}
