using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The chart installed as release innominatus-bench in bench-system, next to (never over) the in-cluster tests' release
/// innominatus in innominatus-system: its ClusterRoles and Services carry the release name, so the two do not meet.
/// </summary>
public sealed class BenchRelease(ClusterEnvironment cluster, HelmCli helm)
{
    public const string Name = "innominatus-bench";
    public const string Namespace = "bench-system";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>A cold install (no namespace yet) until every pod of the release is Ready by its own probe.</summary>
    public async Task<TimeSpan> InstallAsync()
    {
        var started = DateTime.UtcNow;
        var install = await helm.RunAsync(
            "install", Name, cluster.Chart, "--namespace", Namespace, "--create-namespace", "-f", cluster.Values,
            "--set", $"image.tag={ClusterEnvironment.ImageTag}", "--wait", "--timeout", "10m");
        if (install.ExitCode != 0)
        {
            throw await FailAsync($"helm install failed ({install.ExitCode}): {install.Stderr.Trim()}");
        }
        // helm waits for the workloads' rollouts; every pod Ready is what the bench promises, so it checks that too.
        while (true)
        {
            var pods = (await cluster.Client.CoreV1.ListNamespacedPodAsync(Namespace)).Items.Where(p => p.Status?.Phase != "Succeeded").ToList();
            if (pods.Count > 0 && pods.All(PodStates.IsReady))
            {
                return DateTime.UtcNow - started;
            }
            if (DateTime.UtcNow - started > Timeout)
            {
                throw await FailAsync($"pods of {Name} not Ready within {Timeout}");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Uninstalls (when installed) and deletes the namespace, returning once the namespace is gone.</summary>
    public async Task RemoveAsync()
    {
        var list = await helm.RunAsync("list", "--namespace", Namespace, "--filter", $"^{Name}$", "--short");
        if (list.Stdout.Trim() == Name)
        {
            var uninstall = await helm.RunAsync("uninstall", Name, "--namespace", Namespace, "--wait", "--timeout", "5m");
            if (uninstall.ExitCode != 0)
            {
                throw new BenchFailure($"helm uninstall failed ({uninstall.ExitCode}): {uninstall.Stderr.Trim()}");
            }
        }
        await DeleteNamespaceAsync(cluster.Client, Namespace, TimeSpan.FromMinutes(5));
    }

    public static async Task DeleteNamespaceAsync(IKubernetes client, string ns, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        try
        {
            await client.CoreV1.DeleteNamespaceAsync(ns);
            while (true)
            {
                var found = await client.CoreV1.ReadNamespaceAsync(ns);
                if (DateTime.UtcNow > deadline)
                {
                    throw new BenchFailure($"namespace {ns} still {found.Status?.Phase} after {timeout}");
                }
                await Task.Delay(500);
            }
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // gone
        }
    }

    /// <summary>Prints the release's pods and latest events (the cause is in the cluster, not in the bench) and returns the failure.</summary>
    private async Task<BenchFailure> FailAsync(string message)
    {
        Console.Error.WriteLine(await PodStates.DescribeAsync(cluster.Client, Namespace));
        return new BenchFailure(message);
    }
}
