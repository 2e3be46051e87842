using System.Collections.Concurrent;
using System.Net;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Workflows;

/// <summary><c>http</c> steps against a small HTTP endpoint of the test's own on 127.0.0.1.</summary>
public sealed class HttpStepTests : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Authorization, string IdempotencyKey, string Body)> calls = new();
    private WebApplication? endpoint;

    [Fact]
    public async Task An_http_step_sends_the_credential_and_idempotency_key_and_maps_response_fields_to_outputs()
    {
        var url = await StartEndpointAsync();
        var steps = $$"""
              - name: call
                type: http
                config:
                  method: POST
                  url: {{url}}deploy
                  credentials: api
                  body: {app: "${parameters.app}", replicas: 2}
                  outputs: {id: "$.id", self: "$.links.self", first: "$.items.0.name"}
              - name: tolerate
                type: http
                dependsOn: [call]
                config: {url: "{{url}}missing", acceptStatus: [404]}
              - name: use
                type: noop
                dependsOn: [tolerate]
                outputs: {link: "${steps.call.outputs.self}"}
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["calls"] = "parameters:\n  app: {type: string, default: shop}\n---steps\n" + steps },
            new Dictionary<string, string>
            {
                ["Credentials:api:Token"] = "secret-token",
                ["Credentials:api:BaseUrl"] = url,
                ["Workflows:Egress:AllowedNetworks:0"] = "127.0.0.1/32",
            });

        var run = await engine.WaitForAsync(await engine.RunAsync("calls"), "succeeded");

        var outputs = EngineHost.Step(run, "call").GetProperty("outputs");
        Assert.Equal(("42", "https://deploys.example/42", "web"), (outputs.GetProperty("id").ToString(), outputs.GetProperty("self").GetString(), outputs.GetProperty("first").GetString()));
        Assert.Equal("https://deploys.example/42", EngineHost.Step(run, "use").GetProperty("outputs").GetProperty("link").GetString());
        var (authorization, key, body) = Assert.Single(calls);
        Assert.Equal("Bearer secret-token", authorization);
        Assert.Matches("^[0-9a-f]{32}-1$", key);
        Assert.Equal("""{"app":"shop","replicas":2}""", body);
    }

    [Fact]
    public async Task A_status_outside_2xx_fails_the_step_with_the_status_and_the_answer_and_an_unknown_credential_is_named()
    {
        var url = await StartEndpointAsync();
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["broken"] = $"  - {{name: call, type: http, config: {{url: \"{url}broken\"}}}}\n",
            ["nocredential"] = $"  - {{name: call, type: http, config: {{url: \"{url}deploy\", credentials: nowhere}}}}\n",
        }, new Dictionary<string, string> { ["Workflows:Egress:AllowedNetworks:0"] = "127.0.0.1/32" });

        var broken = await engine.WaitForAsync(await engine.RunAsync("broken"), "failed");
        var nocredential = await engine.WaitForAsync(await engine.RunAsync("nocredential"), "failed");

        Assert.Equal($"GET {url}broken answered 500: boom", EngineHost.Step(broken, "call").GetProperty("error").GetString());
        Assert.StartsWith("credential 'nowhere' is not configured", EngineHost.Step(nocredential, "call").GetProperty("error").GetString());
        Assert.Empty(calls);
    }

    private async Task<string> StartEndpointAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        endpoint = builder.Build();
        endpoint.MapPost("/deploy", async (HttpRequest request) =>
        {
            calls.Enqueue((request.Headers.Authorization.ToString(), request.Headers["Idempotency-Key"].ToString(), await new StreamReader(request.Body).ReadToEndAsync()));
            return Results.Json(new { id = 42, links = new { self = "https://deploys.example/42" }, items = new[] { new { name = "web" } } }, statusCode: 201);
        });
        endpoint.MapGet("/missing", () => Results.NotFound());
        endpoint.MapGet("/broken", () => Results.Text("boom", statusCode: 500));
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
