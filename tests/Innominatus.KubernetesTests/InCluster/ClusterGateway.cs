using k8s;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// The in-cluster gateway, reached on its Service's cluster IP (kube-proxy's rules serve the machine too), exactly as
/// `kubectl port-forward svc/innominatus 8081` would reach it.
/// </summary>
public static class ClusterGateway
{
    public static async Task<Uri> AddressAsync()
    {
        var service = await RealCluster.Client.CoreV1.ReadNamespacedServiceAsync(InstalledRelease.Name, InstalledRelease.Namespace);
        return new Uri($"http://{service.Spec.ClusterIP}:{service.Spec.Ports[0].Port}");
    }

    /// <summary>The bootstrap admin, with the password the chart generated into the release's auth Secret.</summary>
    public static async Task<HttpClient> AdminAsync()
    {
        var secret = await RealCluster.Client.CoreV1.ReadNamespacedSecretAsync($"{InstalledRelease.Name}-auth", InstalledRelease.Namespace);
        return await LoginAsync("admin", Encoding.UTF8.GetString(secret.Data["bootstrap-admin-password"]));
    }

    public static async Task<HttpClient> LoginAsync(string username, string password)
    {
        var client = new HttpClient { BaseAddress = await AddressAsync(), Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync("/api/login", new { username, password });
        Assert.True(login.IsSuccessStatusCode, $"login of {username}: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new team with one member (role user), logged in.</summary>
    public static async Task<HttpClient> TeamMemberAsync(string team, string username)
    {
        using var admin = await AdminAsync();
        await EnsureAsync(await admin.PostAsJsonAsync("/api/teams", new { name = team, description = "in-cluster test" }));
        await EnsureAsync(await admin.PostAsJsonAsync("/api/admin/users", new { username, password = $"{username}-long-password", team, role = "user" }));
        return await LoginAsync(username, $"{username}-long-password");
    }

    /// <summary>
    /// The application's runs once all have ended; fails when one failed or time runs out. While the WorkflowService's
    /// only pod is being replaced the gateway answers 502/503: that is waited out, like any client of a restart would.
    /// </summary>
    public static async Task<List<JsonElement>> WaitForRunsAsync(HttpClient client, string application, int count, TimeSpan timeout, bool allowFailure = false)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var response = await client.GetAsync($"/api/workflows?application={application}");
            if ((int)response.StatusCode is 502 or 503 or 504 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
                continue;
            }
            await EnsureAsync(response);
            var runs = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
            var ended = runs.Where(r => r.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled").ToList();
            if (!allowFailure && ended.FirstOrDefault(r => r.GetProperty("state").GetString() != "succeeded") is { ValueKind: JsonValueKind.Object } bad)
            {
                Assert.Fail($"run {bad} ended badly: {await client.GetStringAsync($"/api/workflows/{bad.GetProperty("id")}")}");
            }
            if (runs.Count >= count && ended.Count == runs.Count)
            {
                return runs;
            }
            Assert.True(DateTime.UtcNow < deadline, $"runs of {application} not finished after {timeout}: {string.Join("; ", runs)}\n{await InstalledRelease.DescribePodsAsync()}");
            await Task.Delay(1000);
        }
    }

    public static async Task EnsureAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
