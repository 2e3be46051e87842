using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using k8s;

namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The in-cluster gateway on its Service's cluster IP (kube-proxy's rules serve the machine too), and a team member
/// logged in through it: the bootstrap admin, whose password the chart generated, creates the team and the member.
/// </summary>
public static class GatewaySession
{
    public static async Task<HttpClient> TeamMemberAsync(IKubernetes client, string team, string username)
    {
        var service = await client.CoreV1.ReadNamespacedServiceAsync(BenchRelease.Name, BenchRelease.Namespace);
        var address = new Uri($"http://{service.Spec.ClusterIP}:{service.Spec.Ports[0].Port}");
        var secret = await client.CoreV1.ReadNamespacedSecretAsync($"{BenchRelease.Name}-auth", BenchRelease.Namespace);
        using var admin = await LoginAsync(address, "admin", Encoding.UTF8.GetString(secret.Data["bootstrap-admin-password"]));
        await EnsureAsync(await admin.PostAsJsonAsync("/api/teams", new { name = team, description = "cluster bench" }));
        var password = $"{username}-long-password";
        await EnsureAsync(await admin.PostAsJsonAsync("/api/admin/users", new { username, password, team, role = "user" }));
        return await LoginAsync(address, username, password);
    }

    public static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchFailure($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<HttpClient> LoginAsync(Uri address, string username, string password)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync("/api/login", new { username, password });
        await EnsureAsync(login);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
