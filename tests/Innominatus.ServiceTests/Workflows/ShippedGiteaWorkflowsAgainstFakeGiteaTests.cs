using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>The gitops-team provider's shipped <c>gitea-repo</c> workflows, run for a Score resource against <see cref="FakeGitea"/> (a fake, not Gitea).</summary>
public class ShippedGiteaWorkflowsAgainstFakeGiteaTests
{
    [Fact]
    public async Task A_gitea_repo_resource_is_created_and_updated_in_fake_gitea_by_the_shipped_workflows()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        await using var system = await WorkflowApi.StartAsync(gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Token"] = gitea.Token }));
        using var alice = system.As("alice", "team-a");

        await alice.PostAsync("/api/applications", Yaml(Spec(gitea, "shop", "description: Shop sources"))).StatusAsync(HttpStatusCode.Created);
        var created = await ResourceAsync(alice, "shop", r => r.GetProperty("state").GetString() == "active");
        var repo = gitea.Repo("platform", "shop-code");
        var createdAs = (repo?.Description, repo?.Private);
        await alice.PostAsync("/api/applications", Yaml(Spec(gitea, "shop", "description: Shop sources, moved", "private: false"))).StatusAsync(HttpStatusCode.OK);
        await ResourceAsync(alice, "shop", r => r.GetProperty("state").GetString() == "active" && r.GetProperty("revision").GetInt32() == 2);

        Assert.NotNull(repo);
        Assert.Equal(("Shop sources", true), createdAs);
        Assert.Equal(("Shop sources, moved", false), (repo.Description, repo.Private));
        var outputs = created.GetProperty("outputs");
        Assert.Equal(repo.ToJson(gitea.Url)["html_url"]!.ToString(), outputs.GetProperty("repo_url").GetString());
        Assert.Equal(repo.ToJson(gitea.Url)["clone_url"]!.ToString(), outputs.GetProperty("clone_url").GetString());
        Assert.Equal(repo.ToJson(gitea.Url)["ssh_url"]!.ToString(), outputs.GetProperty("ssh_url").GetString());
        Assert.Equal(repo.Id, outputs.GetProperty("repo_id").GetInt64());
        Assert.Equal(["POST", "GET", "PATCH", "GET"], gitea.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_deprovisioned_gitea_repo_resource_is_deleted_from_fake_gitea_by_the_shipped_workflow()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        await using var system = await WorkflowApi.StartAsync(gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Token"] = gitea.Token }));
        using var alice = system.As("alice", "team-a");

        // description and private are params the delete workflow does not declare: it must not be refused for them.
        await alice.PostAsync("/api/applications", Yaml(Spec(gitea, "tools", "description: Tools", "private: false"))).StatusAsync(HttpStatusCode.Created);
        await ResourceAsync(alice, "tools", r => r.GetProperty("state").GetString() == "active");
        var existed = gitea.Repo("platform", "tools-code") is not null;
        await alice.PostAsync("/api/applications/tools/deprovision", null).StatusAsync(HttpStatusCode.Accepted);
        await ResourceAsync(alice, "tools", r => r.GetProperty("state").GetString() == "deleted");

        Assert.True(existed);
        Assert.Null(gitea.Repo("platform", "tools-code"));
        Assert.Equal(("DELETE", "/api/v1/repos/platform/tools-code"), (gitea.Requests[^1].Method, gitea.Requests[^1].PathAndQuery));
    }

    private static async Task<JsonElement> ResourceAsync(HttpClient client, string application, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/resources?application={application}&type=gitea-repo");
            var id = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
            var resource = await client.GetFromJsonAsync<JsonElement>($"/api/resources/{id}");
            if (condition(resource))
            {
                return resource;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the resource did not get there within 60 s: {resource}");
            await Task.Delay(200);
        }
    }

    private static string Spec(FakeGitea gitea, string application, params string[] parameters) => $$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{application}}
        containers:
          web:
            image: nginx:1.27
        resources:
          code:
            type: gitea-repo
            params:
              gitea_url: {{gitea.Url.ToString().TrimEnd('/')}}
        {{string.Concat(parameters.Select(p => $"      {p}\n"))}}
        """;

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
