using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// The <c>gitea-repo</c> step through the engine against <see cref="FakeGitea"/>, an in-memory fake of Gitea's REST
/// API (not a real Gitea): what the step sends, how it reads Gitea's answers and how it fails.
/// </summary>
public class GiteaRepoStepAgainstFakeGiteaTests
{
    [Fact]
    public async Task Creating_a_repository_in_an_org_of_fake_gitea_commits_its_files_and_publishes_its_outputs()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        var readme = "# Web app\n\nOwned by team-a.\n";
        var manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n";
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["create"] = Step(gitea, "web-app", "description: The web app", $"files:\n  README.md: {Quote(readme)}\n  /deploy/web.yaml: {Quote(manifest)}"),
            },
            gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Token"] = gitea.Token, ["Credentials:gitea:Scheme"] = "token" }));

        var run = await engine.WaitForAsync(await engine.RunAsync("create"), "succeeded");

        var repo = gitea.Repo("platform", "web-app");
        Assert.NotNull(repo);
        Assert.True(repo.Private);
        Assert.Equal("The web app", repo.Description);
        Assert.Equal(readme, repo.File("README.md"));
        Assert.Equal(manifest, repo.File("deploy/web.yaml"));
        Assert.Equal(["Initial commit", "innominatus: update README.md, deploy/web.yaml", "innominatus: update README.md, deploy/web.yaml"], repo.Commits.Select(c => c.Message));
        var outputs = EngineHost.Step(run, "repo").GetProperty("outputs");
        var expected = repo.ToJson(gitea.Url);
        Assert.Equal(expected["html_url"]!.ToString(), outputs.GetProperty("repo_url").GetString());
        Assert.Equal(expected["clone_url"]!.ToString(), outputs.GetProperty("clone_url").GetString());
        Assert.Equal(expected["ssh_url"]!.ToString(), outputs.GetProperty("ssh_url").GetString());
        Assert.Equal(repo.Id, outputs.GetProperty("repo_id").GetInt64());
        Assert.Equal("main", outputs.GetProperty("default_branch").GetString());
        Assert.Equal(repo.Commits[^1].Sha, outputs.GetProperty("commit").GetString());
        Assert.All(gitea.Requests, r => Assert.Equal($"token {gitea.Token}", r.Authorization));
        var stepId = Assert.Single(gitea.Requests.Select(r => r.IdempotencyKey).Distinct());
        Assert.Matches("^[0-9a-f]{32}-1$", stepId);
        var log = await engine.LogLinesAsync(run.GetProperty("id").GetGuid(), "repo");
        Assert.Contains("created repository platform/web-app", log);
        Assert.Contains(log, l => l.StartsWith("README.md updated in commit ", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("deploy/web.yaml created in commit ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_again_against_fake_gitea_commits_nothing_and_a_changed_file_is_updated_from_its_sha()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        var files = (string readme) => $"files:\n  README.md: {Quote(readme)}\n  docs/usage.md: {Quote("Run it.\n")}";
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["create"] = Step(gitea, "api", files("# API\n")),
                ["again"] = Step(gitea, "api", files("# API\n")),
                ["change"] = Step(gitea, "api", files("# API\n\nNow with docs.\n"), "message: Describe the API"),
            },
            gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Token"] = gitea.Token }));

        await engine.WaitForAsync(await engine.RunAsync("create"), "succeeded");
        var commitsAfterCreate = gitea.Repo("platform", "api")!.Commits.ToList();
        var again = await engine.WaitForAsync(await engine.RunAsync("again"), "succeeded");
        var commitsAfterAgain = gitea.Repo("platform", "api")!.Commits.ToList();
        var readmeBefore = gitea.Repo("platform", "api")!.Branches["main"]["README.md"];
        var changed = await engine.WaitForAsync(await engine.RunAsync("change"), "succeeded");

        Assert.Equal(commitsAfterCreate, commitsAfterAgain);
        Assert.Equal("", EngineHost.Step(again, "repo").GetProperty("outputs").GetProperty("commit").GetString());
        var againLog = await engine.LogLinesAsync(again.GetProperty("id").GetGuid(), "repo");
        Assert.Contains("repository platform/api already exists", againLog);
        Assert.Contains("README.md unchanged", againLog);
        Assert.Contains("docs/usage.md unchanged", againLog);
        var repo = gitea.Repo("platform", "api")!;
        Assert.Equal("# API\n\nNow with docs.\n", repo.File("README.md"));
        var update = Assert.Single(repo.Commits.Except(commitsAfterAgain));
        Assert.Equal(("README.md", "Describe the API"), (update.Path, update.Message));
        Assert.Equal(update.Sha, EngineHost.Step(changed, "repo").GetProperty("outputs").GetProperty("commit").GetString());
        // The first PUT replaced the README that auto_init wrote; the second is the change.
        var put = gitea.Requests.Where(r => r.Method == "PUT").Skip(1).Single();
        Assert.Equal("/api/v1/repos/platform/api/contents/README.md", put.PathAndQuery);
        var body = JsonDocument.Parse(put.Body).RootElement;
        Assert.Equal(FakeGiteaRepo.BlobSha(readmeBefore), body.GetProperty("sha").GetString());
        Assert.Equal("main", body.GetProperty("branch").GetString());
        Assert.Equal(repo.Branches["main"]["README.md"], body.GetProperty("content").GetBytesFromBase64());
    }

    [Fact]
    public async Task Update_and_delete_against_fake_gitea_change_the_repository_and_a_second_delete_still_succeeds()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["create"] = Step(gitea, "old", "description: Before"),
                ["update"] = Step(gitea, "old", "operation: update", "description: After", "private: \"false\""),
                ["delete"] = Step(gitea, "old", "operation: delete"),
                ["delete-again"] = Step(gitea, "old", "operation: delete"),
            },
            gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Username"] = FakeGitea.User, ["Credentials:gitea:Password"] = gitea.Password }));

        await engine.WaitForAsync(await engine.RunAsync("create"), "succeeded");
        var id = gitea.Repo("platform", "old")!.Id;
        var updated = await engine.WaitForAsync(await engine.RunAsync("update"), "succeeded");
        var afterUpdate = gitea.Repo("platform", "old")!;
        var deleted = await engine.WaitForAsync(await engine.RunAsync("delete"), "succeeded");
        var afterDelete = gitea.Repo("platform", "old");
        var deletedAgain = await engine.WaitForAsync(await engine.RunAsync("delete-again"), "succeeded");

        Assert.Equal(("After", false), (afterUpdate.Description, afterUpdate.Private));
        Assert.Equal(id, EngineHost.Step(updated, "repo").GetProperty("outputs").GetProperty("repo_id").GetInt64());
        Assert.Null(afterDelete);
        Assert.True(EngineHost.Step(deleted, "repo").GetProperty("outputs").GetProperty("deleted").GetBoolean());
        Assert.False(EngineHost.Step(deletedAgain, "repo").GetProperty("outputs").GetProperty("deleted").GetBoolean());
        Assert.Contains("repository platform/old was already gone", await engine.LogLinesAsync(deletedAgain.GetProperty("id").GetGuid(), "repo"));
        Assert.Equal(2, gitea.Requests.Count(r => r.Method == "DELETE"));
        Assert.All(gitea.Requests, r => Assert.StartsWith("Basic ", r.Authorization));
    }

    [Fact]
    public async Task Fake_gitea_refusing_a_request_fails_the_step_with_giteas_message()
    {
        await using var gitea = await FakeGitea.StartAsync("platform");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["invalid"] = Step(gitea, "\"not a name!\""),
                ["unauthorised"] = Step(gitea, "web", "credentials: wrong"),
                ["unconfigured"] = Step(gitea, "web", "credentials: nobody"),
            },
            gitea.Reachable(new Dictionary<string, string> { ["Credentials:gitea:Token"] = gitea.Token, ["Credentials:wrong:Token"] = "not-" + gitea.Token }));

        var invalid = await engine.WaitForAsync(await engine.RunAsync("invalid"), "failed");
        var unauthorised = await engine.WaitForAsync(await engine.RunAsync("unauthorised"), "failed");
        var unconfigured = await engine.WaitForAsync(await engine.RunAsync("unconfigured"), "failed");

        var create = $"POST {gitea.Url}api/v1/orgs/platform/repos";
        Assert.Equal($"{create} answered 422: [Name]: AlphaDashDot", Error(invalid));
        Assert.Equal($"{create} answered 401: {FakeGitea.Unauthenticated}", Error(unauthorised));
        Assert.StartsWith("credential 'nobody' is not configured", Error(unconfigured));
        Assert.Equal(2, gitea.Requests.Count);
        Assert.Null(gitea.Repo("platform", "web"));
    }

    [Fact]
    public async Task A_gitea_nobody_listens_for_fails_the_step_saying_it_cannot_be_reached()
    {
        var url = new Uri($"http://127.0.0.1:{ClosedPort()}");
        var steps = $"  - name: repo\n    type: gitea-repo\n    config:\n      url: {url}\n      owner: platform\n      repo: web\n";
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["create"] = steps },
            new Dictionary<string, string> { ["Workflows:Egress:AllowedNetworks:0"] = "127.0.0.1/32" });

        var run = await engine.WaitForAsync(await engine.RunAsync("create"), "failed", seconds: 90);

        Assert.StartsWith($"cannot reach Gitea at {url}: ", Error(run));
    }

    /// <summary>A golden path of one <c>gitea-repo</c> step named <c>repo</c> for <c>platform/NAME</c>, plus config lines.</summary>
    private static string Step(FakeGitea gitea, string repo, params string[] config)
    {
        var credentials = config.Any(c => c.StartsWith("credentials:", StringComparison.Ordinal)) ? [] : new[] { "credentials: gitea" };
        var lines = new[] { $"url: {gitea.Url}", "owner: platform", $"repo: {repo}" }.Concat(credentials).Concat(config)
            .SelectMany(c => c.Split('\n')).Select(l => "      " + l);
        return "  - name: repo\n    type: gitea-repo\n    config:\n" + string.Join('\n', lines) + "\n";
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string? Error(JsonElement run) => EngineHost.Step(run, "repo").GetProperty("error").GetString();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
