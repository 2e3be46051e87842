using System.Text;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>
/// Brings files on a branch to the wanted content through Gitea's contents API, one commit per changed file. Files
/// already as wanted are left alone, so a repeated attempt commits nothing.
/// </summary>
public sealed class GiteaFiles(GiteaApi api, IStepLog log)
{
    /// <returns>The last commit made, or null if every file was already as wanted.</returns>
    public async Task<string?> SyncAsync(string owner, string repo, string branch, IReadOnlyList<KeyValuePair<string, string>> files, string? message, CancellationToken cancellationToken)
    {
        var repository = GiteaRepositories.Path(owner, repo);
        var changes = new List<(string Path, string Content, string? Sha)>();
        foreach (var (path, content) in files)
        {
            var current = await api.SendAsync(HttpMethod.Get, $"{repository}/contents/{GiteaApi.Escape(path)}?ref={Uri.EscapeDataString(branch)}", null, cancellationToken);
            if (current.Status == 404)
            {
                changes.Add((path, content, null));
                continue;
            }
            if (current.Expect(200).Json is not JsonObject file || file["type"]?.ToString() != "file")
            {
                throw new GiteaStepException($"{path} on {branch} of {owner}/{repo} is not a file");
            }
            if (SameContent(file["content"]?.ToString(), content))
            {
                log.Write($"{path} unchanged");
                continue;
            }
            changes.Add((path, content, file["sha"]?.ToString()));
        }
        var text = message ?? "innominatus: update " + string.Join(", ", changes.Select(c => c.Path));
        string? commit = null;
        foreach (var (path, content, sha) in changes)
        {
            var body = new JsonObject { ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(content)), ["message"] = text, ["branch"] = branch };
            if (sha is not null)
            {
                body["sha"] = sha;
            }
            var method = sha is null ? HttpMethod.Post : HttpMethod.Put;
            var written = await api.SendAsync(method, $"{repository}/contents/{GiteaApi.Escape(path)}", body, cancellationToken);
            commit = written.Expect(200, 201).Json?["commit"]?["sha"]?.ToString() ?? commit;
            log.Write($"{path} {(sha is null ? "created" : "updated")} in commit {commit}");
        }
        return commit;
    }

    /// <summary>Gitea leaves out the content of files beyond its size limit: those count as changed.</summary>
    private static bool SameContent(string? base64, string wanted)
    {
        if (base64 is null)
        {
            return false;
        }
        try
        {
            return Convert.FromBase64String(base64).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(wanted));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
