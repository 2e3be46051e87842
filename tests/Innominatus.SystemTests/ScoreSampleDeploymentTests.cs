using Innominatus.ServiceTests.Infrastructure;
using Innominatus.Tests;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using k8s;

namespace Innominatus.SystemTests;

/// <summary>
/// The whole path: a Score sample posted through the gateway by a team member is provisioned by its provider's
/// workflow and deployed as a workload, on the real local kube-apiserver. No kubelet runs there, so the test reports
/// Deployments and StatefulSets ready as a kubelet would.
/// </summary>
public class ScoreSampleDeploymentTests
{
    [KubernetesFact]
    public async Task A_Score_sample_deploys_through_the_gateway_and_its_objects_exist_in_the_cluster()
    {
        var sample = File.ReadAllText(TestDataFolder.File("score", "samples", "valid", "examples__resources-postgres-score.yaml"));
        using var cluster = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(Environment.GetEnvironmentVariable("KUBECONFIG")));
        using var stop = new CancellationTokenSource();
        var kubelet = LocalCluster.MarkReadyAsync(cluster, "my-workload", stop.Token);
        var root = LocalSystem.NewRoot();
        try
        {
            await using var system = await LocalSystem.StartAsync(root);
            using var developer = await DeveloperAsync(system);

            var response = await developer.PostAsync("/api/applications", new StringContent(sample, Encoding.UTF8, "application/yaml"));
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var runs = await WaitForRunsAsync(developer, "my-workload", TimeSpan.FromMinutes(3));

            Assert.Equal(["deploy-workload", "provision-postgres"], runs.Select(r => r.GetProperty("name").GetString()!).Order());
            var set = await cluster.AppsV1.ReadNamespacedStatefulSetAsync("my-workload-my-postgres", "my-workload");
            var workload = await cluster.AppsV1.ReadNamespacedDeploymentAsync("my-workload", "my-workload");
            var env = workload.Spec.Template.Spec.Containers.Single().Env.ToDictionary(e => e.Name);
            Assert.Equal("postgres", set.Spec.Template.Spec.Containers[0].Name);
            Assert.Equal("my-workload-my-postgres.my-workload.svc", env["POSTGRES_HOST"].Value);
            Assert.Equal("password", env["POSTGRES_PASSWORD"].ValueFrom.SecretKeyRef.Key);
            var resource = (await developer.GetFromJsonAsync<JsonElement>("/api/resources?application=my-workload")).GetProperty("items")[0];
            Assert.Equal("active", resource.GetProperty("state").GetString());
        }
        finally
        {
            stop.Cancel();
            await kubelet;
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The bootstrap admin creates a team and a member; the member deploys.</summary>
    private static async Task<HttpClient> DeveloperAsync(LocalSystem system)
    {
        using var admin = await system.AdminGatewayAsync();
        (await admin.PostAsJsonAsync("/api/teams", new { name = "shop", description = "Shop" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/admin/users", new { username = "dana", password = "dana-long-password", team = "shop", role = "user" })).EnsureSuccessStatusCode();
        var developer = system.AnonymousGateway();
        var login = await developer.PostAsJsonAsync("/api/login", new { username = "dana", password = "dana-long-password" });
        login.EnsureSuccessStatusCode();
        developer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return developer;
    }

    private static async Task<List<JsonElement>> WaitForRunsAsync(HttpClient client, string application, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var runs = (await client.GetFromJsonAsync<JsonElement>($"/api/workflows?application={application}")).GetProperty("items").EnumerateArray().ToList();
            var failed = runs.FirstOrDefault(r => r.GetProperty("state").GetString() is "failed" or "cancelled");
            Assert.True(failed.ValueKind != JsonValueKind.Object, $"run {failed} ended badly");
            if (runs.Count >= 2 && runs.All(r => r.GetProperty("state").GetString() == "succeeded"))
            {
                return runs;
            }
            Assert.True(DateTime.UtcNow < deadline, $"runs not finished after {timeout}: {string.Join("; ", runs)}");
            await Task.Delay(500);
        }
    }
}
