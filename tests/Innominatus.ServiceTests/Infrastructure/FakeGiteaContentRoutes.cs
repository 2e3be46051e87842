using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// The contents endpoints of <see cref="FakeGitea"/>: read a file (<c>GET ?ref=</c>), create one (<c>POST</c>, 422 if it
/// exists) and update one (<c>PUT</c>, which needs the file's current blob <c>sha</c>); each write is one commit.
/// </summary>
public static class FakeGiteaContentRoutes
{
    private const string Route = "/api/v1/repos/{owner}/{repo}/contents/{**path}";

    public static void Map(WebApplication app, FakeGitea fake)
    {
        app.MapGet(Route, (HttpContext context, string owner, string repo, string path) =>
        {
            lock (fake.Gate)
            {
                if (!fake.Repos.TryGetValue($"{owner}/{repo}", out var found))
                {
                    return FakeGitea.Error(404, "The target couldn't be found.");
                }
                var branch = context.Request.Query["ref"].FirstOrDefault() ?? found.DefaultBranch;
                if (!found.Branches.TryGetValue(branch, out var files))
                {
                    return FakeGitea.Error(404, $"object does not exist [id: {branch}, rel_path: ]");
                }
                if (files.TryGetValue(path, out var content))
                {
                    return Results.Json(FakeGiteaJson.Contents(fake.Url, found, branch, path, content));
                }
                var entries = files.Keys.Where(f => f.StartsWith(path + "/", StringComparison.Ordinal)).ToList();
                return entries.Count > 0
                    ? Results.Json(new JsonArray([.. entries.Select(f => new JsonObject { ["name"] = f.Split('/')[^1], ["path"] = f, ["type"] = "file" })]))
                    : FakeGitea.Error(404, $"object does not exist [id: , rel_path: {path}]");
            }
        });
        app.MapPost(Route, (HttpContext context, string owner, string repo, string path) => WriteAsync(fake, context, owner, repo, path, create: true));
        app.MapPut(Route, (HttpContext context, string owner, string repo, string path) => WriteAsync(fake, context, owner, repo, path, create: false));
    }

    /// <summary>Gitea's <c>CreateFileOptions</c> and <c>UpdateFileOptions</c>, answered with a <c>FileResponse</c>.</summary>
    private static async Task<IResult> WriteAsync(FakeGitea fake, HttpContext context, string owner, string repo, string path, bool create)
    {
        var body = await FakeGitea.BodyAsync(context);
        if (body["content"]?.GetValue<string>() is not { } base64 || !TryDecode(base64, out var content))
        {
            return FakeGitea.Error(422, "[Content]: Required");
        }
        if (path.Split('/').Any(part => part is "" or "." or ".."))
        {
            return FakeGitea.Error(422, $"path contains a malformed path component [path: {path}]");
        }
        lock (fake.Gate)
        {
            if (!fake.Repos.TryGetValue($"{owner}/{repo}", out var found))
            {
                return FakeGitea.Error(404, "The target couldn't be found.");
            }
            var branch = body["branch"]?.GetValue<string>() is { Length: > 0 } given ? given : found.DefaultBranch;
            // An empty repository gets its first branch from its first file, as in Gitea.
            if (!found.Branches.TryGetValue(branch, out var files) && found.Branches.Count > 0)
            {
                return FakeGitea.Error(404, $"branch does not exist [name: {branch}]");
            }
            var current = files?.GetValueOrDefault(path);
            if (create && current is not null)
            {
                return FakeGitea.Error(422, $"repository file already exists [path: {path}]");
            }
            if (!create)
            {
                var sha = body["sha"]?.GetValue<string>();
                if (string.IsNullOrEmpty(sha))
                {
                    return FakeGitea.Error(422, "[SHA]: Required");
                }
                if (current is null)
                {
                    return FakeGitea.Error(404, $"repository file does not exist [path: {path}]");
                }
                if (sha != FakeGiteaRepo.BlobSha(current))
                {
                    return FakeGitea.Error(422, $"sha does not match [given: {sha}, expected: {FakeGiteaRepo.BlobSha(current)}]");
                }
            }
            var commit = found.Commit(branch, path, content, body["message"]?.GetValue<string>() ?? $"Update {path}");
            return Results.Json(FakeGiteaJson.File(fake.Url, found, commit, content), statusCode: create ? 201 : 200);
        }
    }

    private static bool TryDecode(string base64, out byte[] content)
    {
        content = new byte[base64.Length];
        var ok = Convert.TryFromBase64String(base64, content, out var written);
        content = content[..written];
        return ok;
    }
}
