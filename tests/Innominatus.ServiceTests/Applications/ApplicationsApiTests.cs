using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Applications;

public class ApplicationsApiTests
{
    [Fact]
    public async Task A_spec_becomes_an_application_with_one_requested_resource_per_declared_resource_each_with_its_provider()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        var response = await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/applications/shop", response.Headers.Location?.ToString());
        var app = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("team-a", app.GetProperty("team").GetString());
        Assert.Equal(1, app.GetProperty("revision").GetInt32());
        var resources = app.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(["cache", "db"], resources.Keys.Order());
        Assert.All(resources.Values, r => Assert.Equal("requested", r.GetProperty("state").GetString()));
        Assert.Equal("postgres", resources["db"].GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(resources["db"].GetProperty("provider").GetString()));
        var events = await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString);
        Assert.Equal(2, events.Count(e => e.EndsWith("ResourceRequested", StringComparison.Ordinal)));
        Assert.Single(events, e => e.EndsWith("ApplicationSubmitted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_bodies_are_accepted_like_yaml()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        var json = """{"apiVersion":"score.dev/v1b1","metadata":{"name":"api"},"containers":{"main":{"image":"busybox"}},"resources":{"queue":{"type":"redis"}}}""";

        await alice.PostAsync("/api/applications", new StringContent(json, Encoding.UTF8, "application/json")).StatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Only_resources_that_changed_produce_new_workflow_requests_and_resubmitting_the_same_spec_changes_nothing()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);
        var before = await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString);

        var same = await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop")));
        var afterSame = await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString);
        var changed = await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", dbStorage: "5Gi")));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());
        Assert.Equal(before.Count, afterSame.Count);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("revision").GetInt32());
        Assert.Equal(["db"], body.GetProperty("changedResources").EnumerateArray().Select(e => e.GetString()!));
        var requests = await Outbox.RequestsAsync(system.Workflow.DatabaseConnectionString);
        Assert.Equal(3, requests.Count);
        Assert.Equal(("db", "update"), requests[^1]);
        var revisions = await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop/revisions");
        Assert.Equal([2, 1], revisions.EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
    }

    [Fact]
    public async Task A_resource_removed_from_the_spec_is_deprovisioned_with_a_delete_request()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);

        var response = await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false)));

        var app = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cache = app.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "cache");
        Assert.Equal("deprovisioning", cache.GetProperty("state").GetString());
        Assert.Equal(("cache", "delete"), (await Outbox.RequestsAsync(system.Workflow.DatabaseConnectionString))[^1]);
    }

    [Fact]
    public async Task Deprovision_tears_resources_down_keeps_history_and_delete_waits_until_they_are_gone()
    {
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");
        using var admin = system.As("root", null, "admin");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop"))).StatusAsync(HttpStatusCode.Created);

        var deprovision = await alice.PostAsync("/api/applications/shop/deprovision", null);
        var delete = await alice.DeleteAsync("/api/applications/shop");
        var forcedByUser = await alice.DeleteAsync("/api/applications/shop?force=true");
        var app = await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop");
        var details = new List<JsonElement>();
        foreach (var resource in app.GetProperty("resources").EnumerateArray())
        {
            details.Add(await alice.GetFromJsonAsync<JsonElement>($"/api/resources/{resource.GetProperty("id").GetGuid()}"));
        }
        var forcedByAdmin = await admin.DeleteAsync("/api/applications/shop?force=true");
        var gone = await alice.GetAsync("/api/applications/shop");

        Assert.Equal(HttpStatusCode.Accepted, deprovision.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("Deprovision 'shop' first", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forcedByUser.StatusCode);
        Assert.Equal("deprovisioning", app.GetProperty("state").GetString());
        // The delete workflow may already have run (and failed: there is no cluster here); the history keeps the move.
        Assert.Equal(2, details.Count);
        Assert.All(details, detail =>
        {
            Assert.Contains(detail.GetProperty("transitions").EnumerateArray(), t =>
                t.GetProperty("to").GetString() == "deprovisioning" && t.GetProperty("reason").GetString() == "application deprovisioned" && t.GetProperty("actor").GetString() == "alice");
            Assert.Equal("delete", detail.GetProperty("desiredOperation").GetString());
        });
        Assert.Equal(HttpStatusCode.NoContent, forcedByAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
