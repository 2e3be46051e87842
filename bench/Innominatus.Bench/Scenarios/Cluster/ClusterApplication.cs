using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using k8s;

namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The bench application (postgres, redis, route and a workload) posted by a team member through the in-cluster
/// gateway; it is deployed once the database's, the cache's and the workload's pods run Ready in the application's
/// namespace, which the real kubelet decides by the containers' own state.
/// </summary>
public static class ClusterApplication
{
    private const string WorkloadImage = "innominatus/test-http:1";
    private const int WorkloadPort = 8080;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Posts the application and returns the time to every pod Ready and the seconds its Kubernetes steps took.</summary>
    public static async Task<(TimeSpan EndToEnd, double KubernetesSeconds)> DeployAsync(IKubernetes cluster, HttpClient member, string name)
    {
        var posted = DateTime.UtcNow;
        var response = await member.PostAsync("/api/applications", new StringContent(BenchApplication.Spec(name, WorkloadImage, WorkloadPort), Encoding.UTF8, "application/yaml"));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchFailure($"{name}: POST /api/applications answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        while (!await AllReadyAsync(cluster, name))
        {
            await CheckAsync(cluster, member, name, posted);
            await Task.Delay(250);
        }
        var endToEnd = DateTime.UtcNow - posted;
        // The runs may still record their last steps (outputs) after the pods are Ready.
        List<JsonElement> runs;
        while ((runs = await RunsAsync(member, name)).Count < BenchApplication.Resources + 1 || runs.Any(r => !Ended(r)))
        {
            await CheckAsync(cluster, member, name, posted);
            await Task.Delay(250);
        }
        var kubernetesSeconds = 0.0;
        foreach (var run in runs)
        {
            var steps = (await member.GetFromJsonAsync<JsonElement>($"/api/workflows/{run.GetProperty("id")}")).GetProperty("steps").EnumerateArray();
            kubernetesSeconds += steps
                .Where(s => s.GetProperty("type").GetString() is "kubernetes" or "score-workload" && s.GetProperty("durationSeconds").ValueKind == JsonValueKind.Number)
                .Sum(s => s.GetProperty("durationSeconds").GetDouble());
        }
        return (endToEnd, kubernetesSeconds);
    }

    /// <summary>Deprovisions and returns once the runs ended and no workload object is left, then removes the namespace.</summary>
    public static async Task DeprovisionAsync(IKubernetes cluster, HttpClient member, string name)
    {
        var started = DateTime.UtcNow;
        await GatewaySession.EnsureAsync(await member.PostAsync($"/api/applications/{name}/deprovision", null));
        while ((await cluster.CoreV1.ListNamespacedPodAsync(name)).Items.Count > 0
            || (await cluster.AppsV1.ListNamespacedStatefulSetAsync(name)).Items.Count > 0
            || (await cluster.AppsV1.ListNamespacedDeploymentAsync(name)).Items.Count > 0
            || (await cluster.NetworkingV1.ListNamespacedIngressAsync(name)).Items.Count > 0
            || (await RunsAsync(member, name)).Any(r => !Ended(r)))
        {
            await CheckAsync(cluster, member, name, started);
            await Task.Delay(500);
        }
        await BenchRelease.DeleteNamespaceAsync(cluster, name, TimeSpan.FromMinutes(5));
    }

    private static async Task<bool> AllReadyAsync(IKubernetes cluster, string name)
    {
        var pods = (await cluster.CoreV1.ListNamespacedPodAsync(name)).Items.Where(p => p.Status?.Phase != "Succeeded").ToList();
        bool Has(string label, string value) => pods.Any(p => p.Metadata.Labels?.TryGetValue(label, out var found) == true && found == value);
        return Has("app.kubernetes.io/instance", $"{name}-db") && Has("app.kubernetes.io/instance", $"{name}-cache")
            && Has("app.kubernetes.io/name", name) && pods.All(PodStates.IsReady);
    }

    /// <summary>Fails at once when a run failed (with its failed step) or when time is up (with the pods' states).</summary>
    private static async Task CheckAsync(IKubernetes cluster, HttpClient member, string name, DateTime started)
    {
        var runs = await RunsAsync(member, name);
        if (runs.FirstOrDefault(r => r.GetProperty("state").GetString() is "failed" or "cancelled") is { ValueKind: JsonValueKind.Object } bad)
        {
            var run = await member.GetFromJsonAsync<JsonElement>($"/api/workflows/{bad.GetProperty("id")}");
            var step = run.GetProperty("steps").EnumerateArray().FirstOrDefault(s => s.GetProperty("state").GetString() == "failed");
            var where = step.ValueKind == JsonValueKind.Object ? $"step {step.GetProperty("name")}: {step.GetProperty("error")}" : $"{run.GetProperty("error")}";
            throw new BenchFailure($"{name}: run {run.GetProperty("name")} {run.GetProperty("state")} at {where}");
        }
        if (DateTime.UtcNow - started > Timeout)
        {
            Console.Error.WriteLine(await PodStates.DescribeAsync(cluster, name));
            throw new BenchFailure($"{name}: not done within {Timeout}: {string.Join(", ", runs.Select(r => $"{r.GetProperty("name")} {r.GetProperty("state")}"))}");
        }
    }

    private static async Task<List<JsonElement>> RunsAsync(HttpClient member, string name) =>
        (await member.GetFromJsonAsync<JsonElement>($"/api/workflows?application={name}")).GetProperty("items").EnumerateArray().ToList();

    private static bool Ended(JsonElement run) => run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled";
}
