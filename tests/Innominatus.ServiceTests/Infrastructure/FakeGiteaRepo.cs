using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>A repository held in memory by <see cref="FakeGitea"/>: branches of files (path → bytes) and the commits made.</summary>
public sealed class FakeGiteaRepo(long id, string owner, string name, string defaultBranch)
{
    public long Id { get; } = id;

    public string Owner { get; } = owner;

    public string Name { get; } = name;

    public string DefaultBranch { get; } = defaultBranch;

    public string Description { get; set; } = "";

    public bool Private { get; set; }

    public Dictionary<string, Dictionary<string, byte[]>> Branches { get; } = new(StringComparer.Ordinal);

    public List<FakeGiteaCommit> Commits { get; } = [];

    /// <summary>The text of a file on a branch (default: the default branch), or null if there is none.</summary>
    public string? File(string path, string? branch = null) =>
        Branches.TryGetValue(branch ?? DefaultBranch, out var files) && files.TryGetValue(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    public FakeGiteaCommit Commit(string branch, string path, byte[] content, string message)
    {
        if (!Branches.TryGetValue(branch, out var files))
        {
            Branches[branch] = files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        }
        files[path] = content;
        var parent = Commits.LastOrDefault(c => c.Branch == branch)?.Sha ?? "";
        var sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{parent}\n{branch}\n{path}\n{message}\n{Commits.Count}\n")));
        var commit = new FakeGiteaCommit(sha, branch, path, message);
        Commits.Add(commit);
        return commit;
    }

    /// <summary>Git's own blob id, which is what Gitea answers as a file's <c>sha</c>.</summary>
    public static string BlobSha(byte[] content) =>
        Convert.ToHexStringLower(SHA1.HashData([.. Encoding.ASCII.GetBytes($"blob {content.Length}\0"), .. content]));

    /// <summary>The fields of Gitea's <c>Repository</c> a client reads.</summary>
    public JsonObject ToJson(Uri server) => new()
    {
        ["id"] = Id,
        ["owner"] = new JsonObject { ["login"] = Owner, ["username"] = Owner },
        ["name"] = Name,
        ["full_name"] = $"{Owner}/{Name}",
        ["description"] = Description,
        ["empty"] = Branches.Count == 0,
        ["private"] = Private,
        ["fork"] = false,
        ["html_url"] = $"{server}{Owner}/{Name}",
        ["clone_url"] = $"{server}{Owner}/{Name}.git",
        ["ssh_url"] = $"git@{server.Host}:{Owner}/{Name}.git",
        ["default_branch"] = DefaultBranch,
    };
}
