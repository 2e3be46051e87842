using System.Text.Json.Nodes;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Gitea's <c>ContentsResponse</c> and <c>FileResponse</c>, with the fields a client reads.</summary>
public static class FakeGiteaJson
{
    public static JsonObject Contents(Uri server, FakeGiteaRepo repo, string branch, string path, byte[] content)
    {
        var sha = FakeGiteaRepo.BlobSha(content);
        var api = $"{server}api/v1/repos/{repo.Owner}/{repo.Name}";
        return new JsonObject
        {
            ["name"] = path.Split('/')[^1],
            ["path"] = path,
            ["sha"] = sha,
            ["last_commit_sha"] = repo.Commits.LastOrDefault(c => c.Branch == branch && c.Path == path)?.Sha,
            ["type"] = "file",
            ["size"] = content.Length,
            ["encoding"] = "base64",
            ["content"] = Convert.ToBase64String(content),
            ["target"] = null,
            ["url"] = $"{api}/contents/{path}?ref={branch}",
            ["html_url"] = $"{server}{repo.Owner}/{repo.Name}/src/branch/{branch}/{path}",
            ["git_url"] = $"{api}/git/blobs/{sha}",
            ["download_url"] = $"{server}{repo.Owner}/{repo.Name}/raw/branch/{branch}/{path}",
            ["submodule_git_url"] = null,
        };
    }

    public static JsonObject File(Uri server, FakeGiteaRepo repo, FakeGiteaCommit commit, byte[] content)
    {
        var parent = repo.Commits.Where(c => c.Branch == commit.Branch).SkipLast(1).LastOrDefault();
        var author = new JsonObject { ["name"] = FakeGitea.User, ["email"] = $"{FakeGitea.User}@noreply.localhost", ["date"] = DateTimeOffset.UtcNow.ToString("O") };
        return new JsonObject
        {
            ["content"] = Contents(server, repo, commit.Branch, commit.Path, content),
            ["commit"] = new JsonObject
            {
                ["sha"] = commit.Sha,
                ["url"] = $"{server}api/v1/repos/{repo.Owner}/{repo.Name}/git/commits/{commit.Sha}",
                ["html_url"] = $"{server}{repo.Owner}/{repo.Name}/commit/{commit.Sha}",
                ["author"] = author,
                ["committer"] = author.DeepClone(),
                ["message"] = commit.Message,
                ["parents"] = parent is null ? new JsonArray() : new JsonArray(new JsonObject { ["sha"] = parent.Sha }),
            },
            ["verification"] = new JsonObject { ["verified"] = false, ["reason"] = "gpg.error.not_signed_commit", ["signature"] = "", ["payload"] = "" },
        };
    }
}
