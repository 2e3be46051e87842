namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The chart on the real local cluster (eng/k8s-cluster-up.sh, CLUSTER_KUBECONFIG): N cold installs until every pod is
/// Ready, then N applications posted through the in-cluster gateway until their pods are Ready, with the share of that
/// time the engine's Kubernetes steps took. Everything runs on the machine's real kubelet, so the figures include
/// container starts and readiness probes; the bench leaves the cluster as it found it.
/// </summary>
public static class ClusterScenario
{
    public static async Task RunAsync(BenchOptions options)
    {
        if (options.Runs < 1)
        {
            throw new BenchFailure("--runs must be at least 1");
        }
        var cluster = ClusterEnvironment.Open();
        var release = new BenchRelease(cluster, await HelmCli.InstallAsync(cluster));
        Console.WriteLine($"{Environment.ProcessorCount} cores, {cluster.Client.BaseUri}: chart as {BenchRelease.Name} in {BenchRelease.Namespace}, "
            + $"image tag {ClusterEnvironment.ImageTag}, {options.Runs} runs each");
        // An interrupted bench may have left its release behind; a cold install needs it gone.
        await release.RemoveAsync();
        var application = "";
        try
        {
            var installs = new List<double>();
            for (var i = 1; i <= options.Runs; i++)
            {
                if (i > 1)
                {
                    await release.RemoveAsync();
                }
                installs.Add((await release.InstallAsync()).TotalSeconds);
                Console.WriteLine($"install {i}: helm install --wait to every pod Ready {installs[^1]:0.00} s");
            }
            Console.WriteLine($"installs {installs.Count}: {Summary(installs)}");

            using var member = await GatewaySession.TeamMemberAsync(cluster.Client, "bench-team", "bench-user");
            // Names of their own: the in-cluster tests deploy into the same cluster, and a name is a namespace.
            var prefix = $"bench-{Guid.NewGuid().ToString("N")[..4]}-";
            var seconds = new List<double>();
            var kubernetes = 0.0;
            for (var i = 1; i <= options.Runs; i++)
            {
                application = prefix + i;
                var (endToEnd, kubernetesSeconds) = await ClusterApplication.DeployAsync(cluster.Client, member, application);
                seconds.Add(endToEnd.TotalSeconds);
                kubernetes += kubernetesSeconds;
                Console.WriteLine($"application {application}: POST to every pod Ready {seconds[^1]:0.00} s, "
                    + $"Kubernetes steps {kubernetesSeconds:0.00} s ({kubernetesSeconds / seconds[^1]:P0})");
                await ClusterApplication.DeprovisionAsync(cluster.Client, member, application);
                application = "";
            }
            // Resource runs go in parallel, so the steps' sum may exceed the wall-clock time (a share above 100 %).
            Console.WriteLine($"applications {seconds.Count} ({BenchApplication.Resources} resources and a workload each): {Summary(seconds)}, "
                + $"Kubernetes steps' share {kubernetes / seconds.Sum():P0}");
        }
        finally
        {
            await CleanUpAsync(cluster, release, application);
        }
    }

    private static string Summary(List<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        return $"p50 {NearestRank.Of(sorted, 0.5):0.00} s, p90 {NearestRank.Of(sorted, 0.9):0.00} s";
    }

    /// <summary>Best effort, so that a failure's own message is the one reported.</summary>
    private static async Task CleanUpAsync(ClusterEnvironment cluster, BenchRelease release, string application)
    {
        try
        {
            if (application.Length > 0)
            {
                await BenchRelease.DeleteNamespaceAsync(cluster.Client, application, TimeSpan.FromMinutes(5));
            }
            await release.RemoveAsync();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"cleaning up: {e.GetType().Name}: {e.Message}");
        }
    }
}
