using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using Npgsql;

namespace Innominatus.ServiceTests.Applications;

/// <summary>
/// A resource whose workflow never started (its request was lost to a database outage) stays <c>requested</c>, and
/// submitting the same spec again changes nothing: the retry route is the way out, for the resource's own team only.
/// </summary>
public class ResourceRetryTests
{
    [Fact]
    public async Task A_resource_stuck_in_requested_with_no_run_is_started_again_by_its_team_only()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        using var bob = system.As("bob", "team-b");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false))).StatusAsync(HttpStatusCode.Created);
        var id = (await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("resources")[0].GetProperty("id").GetGuid();
        // Without a cluster the create run fails; then the resource is made to look as a lost request leaves it.
        await WaitForStateAsync(alice, id, "failed");
        await SqlAsync(system, $"UPDATE workflow.resources SET state = 'requested' WHERE id = '{id}'");
        var runsBefore = await RunsAsync(system, id);

        var escape = await bob.PostAsync($"/api/resources/{id}/retry", null);
        var retried = await alice.PostAsync($"/api/resources/{id}/retry", null);

        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        await Eventually.TrueAsync(async () => await RunsAsync(system, id) == runsBefore + 1, timeoutSeconds: 30);
        var resource = await WaitForStateAsync(alice, id, "failed");
        // The first run's start, and the retried one's.
        Assert.Equal(2, resource.GetProperty("transitions").EnumerateArray().Count(t => t.GetProperty("from").GetString() == "requested" && t.GetProperty("to").GetString() == "provisioning"));
    }

    [Fact]
    public async Task A_failed_resource_is_requested_again_and_an_active_one_is_refused_with_a_problem()
    {
        await using var system = await WorkflowApi.StartAsync(NoCluster());
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false))).StatusAsync(HttpStatusCode.Created);
        var id = (await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("resources")[0].GetProperty("id").GetGuid();
        await WaitForStateAsync(alice, id, "failed");
        var runsBefore = await RunsAsync(system, id);

        var retried = await alice.PostAsync($"/api/resources/{id}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var resource = await alice.GetFromJsonAsync<JsonElement>($"/api/resources/{id}");
        Assert.Contains(resource.GetProperty("transitions").EnumerateArray(), t => t.GetProperty("reason").GetString() == "retried by alice");
        await Eventually.TrueAsync(async () => await RunsAsync(system, id) == runsBefore + 1, timeoutSeconds: 30);
        await WaitForStateAsync(alice, id, "failed");

        await SqlAsync(system, $"UPDATE workflow.resources SET state = 'active' WHERE id = '{id}'");
        var refused = await alice.PostAsync($"/api/resources/{id}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("only a requested, deprovisioning or failed resource can be retried", await refused.Content.ReadAsStringAsync());
        Assert.Equal(runsBefore + 1, await RunsAsync(system, id));
    }

    [Fact]
    public async Task The_sweep_requests_again_a_resource_left_requested_with_no_run_past_the_grace_period()
    {
        var settings = NoCluster();
        settings["Resources:RestartStuckAfterSeconds"] = "2";
        await using var system = await WorkflowApi.StartAsync(settings);
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", Yaml(Specs.Web("shop", withCache: false))).StatusAsync(HttpStatusCode.Created);
        var id = (await alice.GetFromJsonAsync<JsonElement>("/api/applications/shop")).GetProperty("resources")[0].GetProperty("id").GetGuid();
        await WaitForStateAsync(alice, id, "failed");
        var runsBefore = await RunsAsync(system, id);

        // As a request dead-lettered an hour ago leaves it: requested since, and no run started after.
        await SqlAsync(system, $"UPDATE workflow.workflow_executions SET created_at = now() - interval '2 hours' WHERE resource_id = '{id}'");
        await SqlAsync(system, $"UPDATE workflow.resources SET state = 'requested', updated_at = now() - interval '1 hour' WHERE id = '{id}'");

        await Eventually.TrueAsync(async () => await RunsAsync(system, id) == runsBefore + 1, timeoutSeconds: 30);
        await WaitForStateAsync(alice, id, "failed");
        // Failed is not swept: only a person decides to try a failed workflow again.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(runsBefore + 1, await RunsAsync(system, id));
    }

    private static async Task<JsonElement> WaitForStateAsync(HttpClient client, Guid id, string state)
    {
        var resource = default(JsonElement);
        await Eventually.TrueAsync(async () =>
        {
            resource = await client.GetFromJsonAsync<JsonElement>($"/api/resources/{id}");
            return resource.GetProperty("state").GetString() == state;
        }, timeoutSeconds: 30);
        return resource;
    }

    private static async Task<long> RunsAsync(WorkflowApi system, Guid id) =>
        (long)(await ScalarAsync(system, $"SELECT count(*) FROM workflow.workflow_executions WHERE resource_id = '{id}'"))!;

    private static async Task SqlAsync(WorkflowApi system, string sql) => await ScalarAsync(system, sql);

    private static async Task<object?> ScalarAsync(WorkflowApi system, string sql)
    {
        await using var connection = new NpgsqlConnection(system.Workflow.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");

    /// <summary>
    /// A kubeconfig that does not exist: the resource's create run fails at once, wherever the tests run (eng/test.sh
    /// exports KUBECONFIG for the API-server-only server, where the run would instead wait for pods that never start).
    /// </summary>
    private static Dictionary<string, string> NoCluster() =>
        new() { ["Kubernetes:Kubeconfig"] = Path.Combine(Path.GetTempPath(), "innominatus-no-cluster", "kubeconfig") };
}
