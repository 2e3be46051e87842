using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// Where <c>http</c> steps may go: loopback, link-local and internal addresses are refused after DNS resolution and on
/// every redirect, and a credential goes only under its base URL. The endpoint listens on 127.0.0.1; tests that
/// must reach it allow it explicitly.
/// </summary>
public sealed class HttpStepEgressTests : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, string Authorization, string Token)> calls = new();
    private WebApplication? endpoint;

    [Fact]
    public async Task Loopback_link_local_and_a_name_resolving_to_loopback_are_refused_before_anything_is_sent()
    {
        var url = await StartEndpointAsync();
        var port = new Uri(url).Port;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["loopback"] = Call($"{url}secret"),
            ["metadata"] = Call("http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
            ["named"] = Call($"http://localhost:{port}/secret"),
            ["private"] = Call("http://10.0.0.1/"),
        });

        var loopback = await engine.WaitForAsync(await engine.RunAsync("loopback"), "failed");
        var metadata = await engine.WaitForAsync(await engine.RunAsync("metadata"), "failed");
        var named = await engine.WaitForAsync(await engine.RunAsync("named"), "failed");
        var internalNetwork = await engine.WaitForAsync(await engine.RunAsync("private"), "failed");

        Assert.Equal("egress to 127.0.0.1 is refused: loopback addresses are not allowed", Error(loopback));
        Assert.Equal("egress to 169.254.169.254 is refused: link-local addresses are not allowed", Error(metadata));
        Assert.Matches(@"^egress to (127\.0\.0\.1|::1) is refused: loopback addresses are not allowed$", Error(named));
        Assert.Equal("egress to 10.0.0.1 is refused: 10.0.0.0/8 is a denied network (Workflows:Egress:DeniedNetworks)", Error(internalNetwork));
        Assert.Empty(calls);
    }

    [Fact]
    public async Task A_redirect_to_a_refused_address_fails_the_step_and_the_target_is_never_called()
    {
        var url = await StartEndpointAsync();
        var port = new Uri(url).Port;
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["redirected"] = Call($"{url}hop?to={Uri.EscapeDataString($"http://localhost:{port}/secret")}") },
            new Dictionary<string, string> { ["Workflows:Egress:AllowedHosts:0"] = "127.0.0.1" });

        var run = await engine.WaitForAsync(await engine.RunAsync("redirected"), "failed");

        Assert.Matches(@"^egress to (127\.0\.0\.1|::1) is refused: loopback addresses are not allowed$", Error(run));
        Assert.Equal(["/hop"], calls.Select(c => c.Path));
    }

    [Fact]
    public async Task A_credential_is_refused_for_a_url_outside_its_base_url_and_dropped_on_a_redirect_that_leaves_it()
    {
        var url = await StartEndpointAsync();
        var port = new Uri(url).Port;
        var elsewhere = $"http://localhost:{port}/echo";
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["outside"] = Call($"{url}echo", "credentials: api"),
                ["unbound"] = Call($"{url}api/echo", "credentials: legacy"),
                ["leaving"] = Call($"{url}api/hop?to={Uri.EscapeDataString(elsewhere)}", "credentials: api", "headers: {X-Vault-Token: from-the-step}"),
            },
            new Dictionary<string, string>
            {
                ["Credentials:api:Token"] = "api-token",
                ["Credentials:api:BaseUrl"] = $"{url}api/",
                ["Credentials:legacy:Token"] = "legacy-token",
                ["Workflows:Egress:AllowedHosts:0"] = "127.0.0.1",
                ["Workflows:Egress:AllowedHosts:1"] = "localhost",
            });

        var outside = await engine.WaitForAsync(await engine.RunAsync("outside"), "failed");
        var unbound = await engine.WaitForAsync(await engine.RunAsync("unbound"), "failed");
        await engine.WaitForAsync(await engine.RunAsync("leaving"), "succeeded");

        Assert.Equal($"credential 'api' is refused for {url}echo: a credential is sent only to URLs under its base URL {url}api/", Error(outside));
        Assert.StartsWith("credential 'legacy' is refused: it has no Credentials:legacy:BaseUrl", Error(unbound));
        Assert.Equal([("/api/hop", "Bearer api-token", "from-the-step"), ("/echo", "", "")], calls.ToArray());
    }

    [Fact]
    public async Task A_platform_allowed_host_is_reached_by_a_platform_owned_run_whatever_its_address()
    {
        var url = await StartEndpointAsync();
        var port = new Uri(url).Port;
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["platform"] = Call($"http://localhost:{port}/echo") },
            new Dictionary<string, string> { ["Workflows:Egress:PlatformAllowedHosts"] = "gitea.localtest.me,localhost" });

        var run = await engine.WaitForAsync(await engine.RunAsync("platform"), "succeeded");

        Assert.Equal("succeeded", EngineHost.Step(run, "call").GetProperty("state").GetString());
        Assert.Equal(["/echo"], calls.Select(c => c.Path));
    }

    private static string Call(string url, params string[] config) =>
        $"  - name: call\n    type: http\n    config:\n      url: \"{url}\"\n" + string.Concat(config.Select(c => $"      {c}\n"));

    private static string? Error(JsonElement run) => EngineHost.Step(run, "call").GetProperty("error").GetString();

    private async Task<string> StartEndpointAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        endpoint = builder.Build();
        endpoint.Use(async (context, next) =>
        {
            calls.Enqueue((context.Request.Path, context.Request.Headers.Authorization.ToString(), context.Request.Headers["X-Vault-Token"].ToString()));
            await next(context);
        });
        endpoint.MapGet("/secret", () => Results.Text("the-metadata-secret"));
        endpoint.MapGet("/echo", () => Results.Json(new { ok = true }));
        endpoint.MapGet("/{**hop}", (string to) => Results.Redirect(to));
        await endpoint.StartAsync();
        return endpoint.Urls.Single().TrimEnd('/') + "/";
    }

    public async ValueTask DisposeAsync()
    {
        if (endpoint is not null)
        {
            await endpoint.DisposeAsync();
        }
    }
}
