using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// A member of two teams sees both teams' applications, resources, runs and logs in the lists as in the details, and
/// nothing of a third team's: the lists once showed only the first team's, while the details allowed both.
/// </summary>
public class MultiTeamVisibilityTests
{
    [Fact]
    public async Task A_member_of_two_teams_lists_both_teams_objects_and_none_of_a_third_team()
    {
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = Path.Combine(Path.GetTempPath(), "innominatus-no-cluster", "kubeconfig") });
        using var alice = system.As("alice", "team-a");
        using var bob = system.As("bob", "team-b");
        using var mallory = system.As("mallory", "team-m");
        using var carol = system.Workflow.CreateClient();
        carol.DefaultRequestHeaders.Add(InternalCallerDefaults.HeaderName,
            InternalCallerTokens.For(new CallerPrincipal("carol", "carol", "team-a", ["team-a", "team-b"], new HashSet<string> { "user" })));
        foreach (var (client, app) in new[] { (alice, "alpha"), (bob, "bravo"), (mallory, "mike") })
        {
            await client.PostAsync("/api/applications", new StringContent(Specs.Web(app), Encoding.UTF8, "application/yaml")).StatusAsync(HttpStatusCode.Created);
        }
        var bravoRun = await Eventually.ValueAsync(async () =>
            (await bob.GetFromJsonAsync<JsonElement>("/api/workflows?application=bravo")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).FirstOrDefault(),
            timeoutSeconds: 60);

        var applications = await Names(carol, "/api/applications?pageSize=200", "name");
        var resources = await Names(carol, "/api/resources?pageSize=200", "id");
        var ownResources = (await Names(alice, "/api/resources?pageSize=200", "id")).Concat(await Names(bob, "/api/resources?pageSize=200", "id"));
        var runApps = await Eventually.ValueAsync(async () =>
        {
            var apps = await Names(carol, "/api/workflows?pageSize=200", "application");
            return apps.Contains("bravo") ? apps : null;
        }, timeoutSeconds: 60);
        var logs = await carol.GetAsync($"/api/workflows/{bravoRun}/logs");
        var malloryApp = await carol.GetAsync("/api/applications/mike");

        Assert.Equal(["alpha", "bravo"], applications.Order(StringComparer.Ordinal));
        Assert.NotEmpty(resources);
        Assert.Equal(ownResources.Order(StringComparer.Ordinal), resources.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("mike", runApps);
        Assert.Equal(HttpStatusCode.OK, logs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malloryApp.StatusCode);
    }

    private static async Task<List<string>> Names(HttpClient client, string path, string property) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).ToString()).ToList();
}
