using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>The repository calls of a <c>gitea-repo</c> step; each may be repeated without harm.</summary>
public sealed class GiteaRepositories(GiteaApi api, IStepLog log)
{
    /// <summary>The owner to use: the configured one, or for a user's repository the user the credential belongs to.</summary>
    public async Task<string> OwnerAsync(GiteaRepoConfig config, CancellationToken cancellationToken)
    {
        if (config.Owner is { } owner)
        {
            return owner;
        }
        var user = await api.SendAsync(HttpMethod.Get, "user", null, cancellationToken);
        return user.Expect(200).Json?["login"]?.ToString() ?? throw new GiteaStepException($"GET {user.Url} answered without a login");
    }

    /// <summary>An existing repository (409) is kept as it is.</summary>
    public async Task CreateAsync(GiteaRepoConfig config, string owner, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = config.Repo,
            ["description"] = config.Description ?? "",
            ["private"] = config.Private ?? true,
            ["auto_init"] = config.AutoInit,
            ["default_branch"] = config.DefaultBranch ?? "main",
        };
        var path = config.OwnerType == "org" ? $"orgs/{GiteaApi.Escape(owner)}/repos" : "user/repos";
        var created = (await api.SendAsync(HttpMethod.Post, path, body, cancellationToken)).Expect(201, 409);
        log.Write(created.Status == 201 ? $"created repository {owner}/{config.Repo}" : $"repository {owner}/{config.Repo} already exists");
    }

    /// <summary>Changes only what the step configures, so settings made in Gitea by hand stay.</summary>
    public async Task UpdateAsync(GiteaRepoConfig config, string owner, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (config.Description is not null)
        {
            body["description"] = config.Description;
        }
        if (config.Private is { } isPrivate)
        {
            body["private"] = isPrivate;
        }
        if (body.Count == 0)
        {
            return;
        }
        (await api.SendAsync(HttpMethod.Patch, Path(owner, config.Repo), body, cancellationToken)).Expect(200);
        log.Write($"updated {string.Join(" and ", body.Select(p => p.Key))} of repository {owner}/{config.Repo}");
    }

    public async Task<JsonObject> ReadAsync(string owner, string repo, CancellationToken cancellationToken)
    {
        var read = (await api.SendAsync(HttpMethod.Get, Path(owner, repo), null, cancellationToken)).Expect(200);
        return read.Json as JsonObject ?? throw new GiteaStepException($"GET {read.Url} answered 200 without a repository");
    }

    /// <returns>False if the repository was already gone.</returns>
    public async Task<bool> DeleteAsync(string owner, string repo, CancellationToken cancellationToken)
    {
        var deleted = (await api.SendAsync(HttpMethod.Delete, Path(owner, repo), null, cancellationToken)).Expect(204, 404);
        log.Write(deleted.Status == 204 ? $"deleted repository {owner}/{repo}" : $"repository {owner}/{repo} was already gone");
        return deleted.Status == 204;
    }

    public static string Path(string owner, string repo) => $"repos/{GiteaApi.Escape(owner)}/{GiteaApi.Escape(repo)}";
}
