using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Applications;

public class ResourcesApiTests
{
    [Fact]
    public async Task A_resource_shows_its_parameters_and_every_transition_with_time_reason_and_actor()
    {
        await using var system = await GatewayOverWorkflow.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false))).StatusAsync(HttpStatusCode.OK);
        var list = await alice.GetFromJsonAsync<JsonElement>("/api/resources?application=shop&state=deprovisioning");
        var cacheId = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();

        var cache = await alice.GetFromJsonAsync<JsonElement>($"/api/resources/{cacheId}");

        Assert.Equal("redis", cache.GetProperty("type").GetString());
        var transitions = cache.GetProperty("transitions").EnumerateArray().Select(t => (t.GetProperty("from").GetString(), t.GetProperty("to").GetString(), t.GetProperty("actor").GetString())).ToList();
        Assert.Equal([("none", "requested", "alice"), ("requested", "deprovisioning", "alice")], transitions);
        Assert.Contains("revision 2", cache.GetProperty("transitions")[1].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/api/resources/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Resource_counts_by_type_and_state_are_exported_as_metrics()
    {
        await using var system = await GatewayOverWorkflow.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);
        using var direct = system.Workflow.CreateClient();

        // One postgres and one redis resource, in whatever state the engine has moved them to by now.
        await Eventually.TrueAsync(async () =>
        {
            var metrics = await direct.GetStringAsync("/metrics");
            return Count(metrics, "postgres") == 1 && Count(metrics, "redis") == 1;
        });
    }

    private static long Count(string metrics, string type) =>
        System.Text.RegularExpressions.Regex.Matches(metrics, $$"""innominatus_resources_total\{[^}]*type="{{type}}"[^}]*\} (\d+)""")
            .Sum(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
