using k8s;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// examples/shop.yaml deployed by a team member through the in-cluster gateway: the engine, running in its pod under
/// its own ServiceAccount, provisions PostgreSQL and Redis and deploys the workload; real pods run and answer.
/// </summary>
[Collection(InClusterCollection.Name)]
public class ShopDeploymentTests
{
    [ClusterFact]
    public async Task Shop_runs_with_its_database_and_cache_and_goes_away_when_deprovisioned()
    {
        using var developer = await ClusterGateway.TeamMemberAsync("shop-team", "dana");
        var spec = File.ReadAllText(Path.Combine(Repository.Root, "examples", "shop.yaml"))
            .Replace("image: nginx:1.27", "image: innominatus/test-http:1");

        await ClusterGateway.EnsureAsync(await developer.PostAsync("/api/applications", new StringContent(spec, Encoding.UTF8, "application/yaml")));
        await ClusterGateway.WaitForRunsAsync(developer, "shop", count: 3, TimeSpan.FromMinutes(8));

        var pods = await RealCluster.PodsAsync("shop");
        foreach (var instance in new[] { "shop-db", "shop-cache" })
        {
            Assert.Contains(pods, p => p.Metadata.Labels is { } labels && labels.TryGetValue("app.kubernetes.io/instance", out var value) && value == instance && RealCluster.IsReady(p));
        }
        var service = await RealCluster.Client.CoreV1.ReadNamespacedServiceAsync("shop", "shop");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        // The run ends when the Deployment is ready; kube-proxy writes the Service's rules a moment later (seen in CI).
        var environment = "";
        await RealCluster.EventuallyAsync(
            async () =>
            {
                try
                {
                    environment = await http.GetStringAsync($"http://{service.Spec.ClusterIP}:80/cgi-bin/env");
                    return true;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromMinutes(1),
            async () => (await RealCluster.KubectlAsync("get", "pods,endpointslices", "-n", "shop")).Stdout);
        Assert.Contains("DATABASE_HOST=shop-db.shop.svc", environment);
        Assert.Contains("DATABASE_PORT=5432", environment);
        Assert.Contains("CACHE_HOST=shop-cache.shop.svc", environment);

        await ClusterGateway.EnsureAsync(await developer.PostAsync("/api/applications/shop/deprovision", null));
        await RealCluster.EventuallyAsync(
            async () => (await RealCluster.PodsAsync("shop")).Count == 0
                && (await RealCluster.Client.AppsV1.ListNamespacedStatefulSetAsync("shop")).Items.Count == 0,
            TimeSpan.FromMinutes(4),
            async () => (await RealCluster.KubectlAsync("get", "all,pvc", "-n", "shop")).Stdout);
        // The delete workflows go on after the pods (Secrets, Services): the resources end deleted, not just podless.
        async Task<List<JsonElement>> ResourcesAsync() =>
            (await developer.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("resources").EnumerateArray().ToList();
        await RealCluster.EventuallyAsync(
            async () => (await ResourcesAsync()).All(r => r.GetProperty("state").GetString() == "deleted"),
            TimeSpan.FromMinutes(3),
            async () => string.Join("; ", await ResourcesAsync()));
    }
}
