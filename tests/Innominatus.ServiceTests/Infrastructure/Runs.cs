using System.Net.Http.Json;
using System.Text.Json;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Polls the workflows API until a run or one of its steps reaches a state.</summary>
public static class Runs
{
    public static async Task<Guid> WaitForStepAsync(HttpClient client, string step, string state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/workflows");
            foreach (var summary in page.GetProperty("items").EnumerateArray())
            {
                var id = summary.GetProperty("id").GetGuid();
                var run = await client.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
                if (run.GetProperty("steps").EnumerateArray().Any(s => s.GetProperty("name").GetString() == step && s.GetProperty("state").GetString() == state))
                {
                    return id;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"no run had step {step} {state} within {timeout.TotalSeconds:0} s");
            await Task.Delay(100);
        }
    }

    public static async Task<JsonElement> WaitForStateAsync(HttpClient client, Guid id, string state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
            var current = run.GetProperty("state").GetString();
            if (current == state)
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < deadline, $"run {id} is {current}, not {state}, after {timeout.TotalSeconds:0} s: {run}");
            await Task.Delay(200);
        }
    }
}
