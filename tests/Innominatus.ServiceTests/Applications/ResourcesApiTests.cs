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
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false))).StatusAsync(HttpStatusCode.OK);
        var list = await alice.GetFromJsonAsync<JsonElement>("/api/resources?application=shop&type=redis");
        var cacheId = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();

        var cache = await alice.GetFromJsonAsync<JsonElement>($"/api/resources/{cacheId}");

        Assert.Equal("redis", cache.GetProperty("type").GetString());
        // The engine adds its own moves (the workflow starting, failing without a cluster) at its own pace.
        var transitions = cache.GetProperty("transitions").EnumerateArray().ToList();
        Assert.Equal(("none", "requested", "alice"), Move(transitions[0]));
        var removal = Assert.Single(transitions, t => t.GetProperty("to").GetString() == "deprovisioning");
        Assert.Equal("alice", removal.GetProperty("actor").GetString());
        Assert.Equal("removed from the spec in revision 2", removal.GetProperty("reason").GetString());
        Assert.All(transitions.Where(t => t.GetProperty("actor").GetString() != "alice"), t => Assert.Equal("workflow-engine", t.GetProperty("actor").GetString()));
        Assert.True(transitions.Select(t => t.GetProperty("at").GetDateTimeOffset()).SequenceEqual(transitions.Select(t => t.GetProperty("at").GetDateTimeOffset()).Order()));
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/api/resources/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Resource_counts_by_type_and_state_are_exported_as_metrics()
    {
        await using var system = await WorkflowApi.StartAsync();
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

    private static (string?, string?, string?) Move(JsonElement t) => (t.GetProperty("from").GetString(), t.GetProperty("to").GetString(), t.GetProperty("actor").GetString());

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
