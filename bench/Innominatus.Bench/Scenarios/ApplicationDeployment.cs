using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// Posts one application and waits until it is done: each resource's provider run and the workload's run succeeded and
/// every resource is active. The end is the last run's finish as the service recorded it, so polling adds nothing.
/// </summary>
public static class ApplicationDeployment
{
    public static async Task<TimeSpan> DeployAsync(HttpClient client, string name, TimeSpan timeout)
    {
        var posted = DateTimeOffset.UtcNow;
        var response = await client.PostAsync("/api/applications", new StringContent(BenchApplication.Spec(name), Encoding.UTF8, "application/yaml"));
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new BenchFailure($"{name}: POST /api/applications answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var finished = await WaitForRunsAsync(client, name, BenchApplication.Resources + 1, timeout);
        var application = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{name}");
        var inactive = application.GetProperty("resources").EnumerateArray().Where(r => r.GetProperty("state").GetString() != "active").ToList();
        if (inactive.Count > 0)
        {
            throw new BenchFailure($"{name}: every run succeeded but resources are not active: {string.Join(", ", inactive.Select(r => $"{r.GetProperty("name")} ({r.GetProperty("state")})"))}");
        }
        return finished - posted;
    }

    private static async Task<DateTimeOffset> WaitForRunsAsync(HttpClient client, string name, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var runs = (await client.GetFromJsonAsync<JsonElement>($"/api/workflows?application={name}")).GetProperty("items").EnumerateArray().ToList();
            if (runs.FirstOrDefault(r => r.GetProperty("state").GetString() is "failed" or "cancelled") is { ValueKind: JsonValueKind.Object } failed)
            {
                throw new BenchFailure(await DescribeAsync(client, name, failed.GetProperty("id").GetGuid()));
            }
            if (runs.Count >= expected && runs.All(r => r.GetProperty("state").GetString() == "succeeded"))
            {
                return runs.Max(r => r.GetProperty("finishedAt").GetDateTimeOffset());
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new BenchFailure($"{name}: not done after {timeout.TotalSeconds:0} s: {string.Join(", ", runs.Select(r => $"{r.GetProperty("name")} {r.GetProperty("state")}"))}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The failed run's failed step and its error, as the service recorded them.</summary>
    private static async Task<string> DescribeAsync(HttpClient client, string name, Guid id)
    {
        var run = await client.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
        var step = run.GetProperty("steps").EnumerateArray().FirstOrDefault(s => s.GetProperty("state").GetString() == "failed");
        var where = step.ValueKind == JsonValueKind.Object ? $"step {step.GetProperty("name")}: {step.GetProperty("error")}" : $"{run.GetProperty("state")}: {run.GetProperty("error")}";
        return $"{name}: run {run.GetProperty("name")} failed at {where}";
    }
}
