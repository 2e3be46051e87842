using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Graph;

/// <summary>What the graph tests share: an application whose runs have all ended, with no cluster to reach.</summary>
internal static class SettledApps
{
    /// <summary>Submits the app and waits until every run it started has finished (they fail fast without a cluster).</summary>
    public static async Task<(JsonElement Application, List<JsonElement> Runs)> SubmitAsync(HttpClient client, string name)
    {
        await client.PostAsync("/api/applications", new StringContent(Specs.Web(name), Encoding.UTF8, "application/yaml")).StatusAsync(HttpStatusCode.Created);
        var runs = await Eventually.ValueAsync(async () =>
        {
            var list = (await client.GetFromJsonAsync<JsonElement>($"/api/workflows?application={name}")).GetProperty("items").EnumerateArray().ToList();
            return list.Count >= 2 && list.All(r => S(r, "state") is "failed" or "succeeded") ? list : null;
        }, timeoutSeconds: 60);
        var details = new List<JsonElement>();
        foreach (var run in runs)
        {
            details.Add(await client.GetFromJsonAsync<JsonElement>($"/api/workflows/{S(run, "id")}"));
        }
        return (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{name}"), details);
    }

    public static string S(JsonElement e, string property) => e.GetProperty(property).ToString();

    public static Dictionary<string, string> NoCluster() =>
        new() { ["Kubernetes:Kubeconfig"] = Path.Combine(Path.GetTempPath(), "innominatus-no-cluster", "kubeconfig") };
}
