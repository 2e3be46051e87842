using k8s;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using k8s.Models;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// The WorkflowService pod deleted in the middle of a run (as a node drain or `kubectl delete pod` does): the
/// Deployment's new pod takes the run over and finishes it, and no step ran twice.
/// </summary>
[Collection(InClusterCollection.Name)]
public class EngineRestartTests
{
    private const string Spec = """
        apiVersion: score.dev/v1b1
        metadata:
          name: restart
        containers:
          web:
            image: innominatus/test-http:1
            variables:
              DATABASE_HOST: ${resources.db.host}
        resources:
          db:
            type: postgres
        """;

    [ClusterFact]
    public async Task A_run_survives_the_deletion_of_the_workflow_pod_without_running_a_step_twice()
    {
        using var developer = await ClusterGateway.TeamMemberAsync("restart-team", "rita");
        await ClusterGateway.EnsureAsync(await developer.PostAsync("/api/applications", new StringContent(Spec, Encoding.UTF8, "application/yaml")));

        var before = await RealCluster.PodsAsync(InstalledRelease.Namespace, "app.kubernetes.io/component=workflow");
        await RealCluster.EventuallyAsync(async () => (await StepsAsync(developer)).Any(s => s.GetProperty("state").GetString() == "succeeded"),
            TimeSpan.FromMinutes(3), async () => string.Join("; ", await StepsAsync(developer)));
        foreach (var pod in before)
        {
            await RealCluster.Client.CoreV1.DeleteNamespacedPodAsync(pod.Metadata.Name, InstalledRelease.Namespace);
        }

        var runs = await ClusterGateway.WaitForRunsAsync(developer, "restart", count: 2, TimeSpan.FromMinutes(8));
        Assert.All(runs, r => Assert.Equal("succeeded", r.GetProperty("state").GetString()));
        var steps = await StepsAsync(developer);
        Assert.All(steps, s => Assert.True(s.GetProperty("attempt").GetInt32() == 1, $"step ran more than once: {s}"));
        // The deleted pod drains for its grace period; the Deployment's new one is what stays.
        await RealCluster.EventuallyAsync(
            async () => (await RealCluster.PodsAsync(InstalledRelease.Namespace, "app.kubernetes.io/component=workflow"))
                is { Count: > 0 } after && after.All(p => RealCluster.IsReady(p) && before.All(b => b.Metadata.Uid != p.Metadata.Uid)),
            TimeSpan.FromMinutes(2), InstalledRelease.DescribePodsAsync);
        await ClusterGateway.EnsureAsync(await developer.PostAsync("/api/applications/restart/deprovision", null));
    }

    private static async Task<List<JsonElement>> StepsAsync(HttpClient client)
    {
        var steps = new List<JsonElement>();
        var runs = (await client.GetFromJsonAsync<JsonElement>("/api/workflows?application=restart")).GetProperty("items").EnumerateArray();
        foreach (var run in runs)
        {
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/workflows/{run.GetProperty("id")}");
            steps.AddRange(detail.GetProperty("steps").EnumerateArray());
        }
        return steps;
    }
}
