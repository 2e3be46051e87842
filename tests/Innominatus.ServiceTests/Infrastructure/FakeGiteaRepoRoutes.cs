using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>The repository endpoints of <see cref="FakeGitea"/>, answering as Gitea's <c>/api/v1</c> does.</summary>
public static partial class FakeGiteaRepoRoutes
{
    private const string Missing = "The target couldn't be found.";
    private static readonly string[] Reserved = [".", "..", "-"];
    private static readonly string[] ReservedSuffixes = [".git", ".wiki", ".rss", ".atom"];

    public static void Map(WebApplication app, FakeGitea fake)
    {
        app.MapGet("/api/v1/user", () => Results.Json(new JsonObject { ["id"] = 1, ["login"] = FakeGitea.User, ["username"] = FakeGitea.User }));
        // A cast, or the lambda would be a RequestDelegate whose result is never written.
        app.MapPost("/api/v1/user/repos", (Delegate)((HttpContext context) => CreateAsync(fake, context, FakeGitea.User)));
        app.MapPost("/api/v1/orgs/{org}/repos", (HttpContext context, string org) =>
        {
            lock (fake.Gate)
            {
                if (!fake.Orgs.Contains(org))
                {
                    return Task.FromResult(FakeGitea.Error(404, Missing));
                }
            }
            return CreateAsync(fake, context, org);
        });
        app.MapGet("/api/v1/repos/{owner}/{repo}", (string owner, string repo) =>
            fake.Repo(owner, repo) is { } found ? Results.Json(found.ToJson(fake.Url)) : FakeGitea.Error(404, Missing));
        app.MapMethods("/api/v1/repos/{owner}/{repo}", ["PATCH"], async (HttpContext context, string owner, string repo) =>
        {
            var body = await FakeGitea.BodyAsync(context);
            lock (fake.Gate)
            {
                if (!fake.Repos.TryGetValue($"{owner}/{repo}", out var found))
                {
                    return FakeGitea.Error(404, Missing);
                }
                found.Description = body["description"]?.GetValue<string>() ?? found.Description;
                found.Private = body["private"]?.GetValue<bool>() ?? found.Private;
                return Results.Json(found.ToJson(fake.Url));
            }
        });
        app.MapDelete("/api/v1/repos/{owner}/{repo}", (string owner, string repo) =>
        {
            lock (fake.Gate)
            {
                return fake.Repos.Remove($"{owner}/{repo}") ? Results.NoContent() : FakeGitea.Error(404, Missing);
            }
        });
    }

    /// <summary>Gitea's <c>CreateRepoOption</c>; <c>auto_init</c> commits a README as Gitea's default template does.</summary>
    private static async Task<IResult> CreateAsync(FakeGitea fake, HttpContext context, string owner)
    {
        var body = await FakeGitea.BodyAsync(context);
        var name = body["name"]?.GetValue<string>() ?? "";
        if (!AlphaDashDot().IsMatch(name) || name.Length > 100)
        {
            return FakeGitea.Error(422, "[Name]: AlphaDashDot");
        }
        if (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return FakeGitea.Error(422, $"name is reserved [name: {name}]");
        }
        if (ReservedSuffixes.FirstOrDefault(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            return FakeGitea.Error(422, $"name pattern is not allowed [pattern: *{reserved}]");
        }
        lock (fake.Gate)
        {
            if (fake.Repos.ContainsKey($"{owner}/{name}"))
            {
                return FakeGitea.Error(409, "The repository with the same name already exists.");
            }
            var description = body["description"]?.GetValue<string>() ?? "";
            var repo = new FakeGiteaRepo(fake.NextId(), owner, name, body["default_branch"]?.GetValue<string>() is { Length: > 0 } branch ? branch : "main")
            {
                Description = description,
                Private = body["private"]?.GetValue<bool>() ?? false,
            };
            if (body["auto_init"]?.GetValue<bool>() == true)
            {
                repo.Commit(repo.DefaultBranch, "README.md", Encoding.UTF8.GetBytes($"# {name}\n\n{description}"), "Initial commit");
            }
            fake.Repos[$"{owner}/{name}"] = repo;
            return Results.Json(repo.ToJson(fake.Url), statusCode: 201);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex AlphaDashDot();
}
