using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// A fake of Gitea's REST API on 127.0.0.1, not Gitea: repositories and files in memory, and just the endpoints the
/// <c>gitea-repo</c> step calls (<see cref="FakeGiteaRepoRoutes"/>, <see cref="FakeGiteaContentRoutes"/>), with
/// Gitea's JSON field names, status codes and error shape (<c>{"message", "url"}</c>). Every call needs the one
/// user's credential (<c>token</c>, <c>Bearer</c> or Basic); Gitea treats a wrong token as none, answering 401.
/// Start it before an <see cref="EngineHost"/>: the engine's test host intercepts hosts built while it starts.
/// </summary>
public sealed class FakeGitea : IAsyncDisposable
{
    public const string User = "innominatus-bot";
    public const string Unauthenticated = "token is required";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeGiteaRequest> requests = new();
    private long lastId;

    private FakeGitea(WebApplication app, IEnumerable<string> orgs)
    {
        this.app = app;
        Orgs = new HashSet<string>(orgs, StringComparer.OrdinalIgnoreCase);
    }

    public string Token { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public string Password { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The server's root, ending in <c>/</c>; the API is under <c>api/v1/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<FakeGiteaRequest> Requests => [.. requests];

    /// <summary>Everything below is guarded by this lock: the engine may call from several threads.</summary>
    internal Lock Gate { get; } = new();

    internal HashSet<string> Orgs { get; }

    internal Dictionary<string, FakeGiteaRepo> Repos { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<FakeGitea> StartAsync(params string[] orgs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGitea(app, orgs);
        app.Use(fake.RecordAndAuthenticateAsync);
        FakeGiteaRepoRoutes.Map(app, fake);
        FakeGiteaContentRoutes.Map(app, fake);
        await app.StartAsync();
        fake.Url = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    public FakeGiteaRepo? Repo(string owner, string name)
    {
        lock (Gate)
        {
            return Repos.GetValueOrDefault($"{owner}/{name}");
        }
    }

    internal long NextId() => Interlocked.Increment(ref lastId);

    /// <summary>Gitea's <c>APIError</c>.</summary>
    internal static IResult Error(int status, string message) =>
        Results.Json(new JsonObject { ["message"] = message, ["url"] = "https://docs.gitea.com/api" }, statusCode: status);

    internal static async Task<JsonObject> BodyAsync(HttpContext context) =>
        await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];

    private async Task RecordAndAuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync();
        context.Request.Body.Position = 0;
        requests.Enqueue(new FakeGiteaRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
            authorization.Length > 0 ? authorization : null, context.Request.Headers["Idempotency-Key"].ToString(), body));
        var basic = $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"))}";
        if (authorization != $"token {Token}" && authorization != $"Bearer {Token}" && authorization != basic)
        {
            await Error(401, Unauthenticated).ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>
    /// The engine's <paramref name="settings"/> plus what it takes to call this fake: its loopback address is allowed
    /// (<c>Workflows:Egress:AllowedNetworks</c>) and every configured credential is bound to its URL.
    /// </summary>
    public Dictionary<string, string> Reachable(Dictionary<string, string> settings)
    {
        foreach (var credential in settings.Keys.Where(k => k.StartsWith("Credentials:", StringComparison.Ordinal)).Select(k => k.Split(':')[1]).Distinct().ToList())
        {
            settings[$"Credentials:{credential}:BaseUrl"] = Url.ToString();
        }
        settings["Workflows:Egress:AllowedNetworks:0"] = "127.0.0.1/32";
        return settings;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
