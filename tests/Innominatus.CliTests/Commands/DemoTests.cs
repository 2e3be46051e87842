using System.Net;
using System.Text.Json;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

/// <summary>
/// demo-time, demo-status and demo-nuke send the DemoService's contract (docs/demo.md) and print its answers. The
/// DemoService is not part of this suite's system, so a recording stand-in answers; the service side is tested in
/// Innominatus.ServiceTests (Demo, TenantEscape/DemoEscapeTests).
/// </summary>
public class DemoTests
{
    private const string Accepted = """{"workflowRunId":"0197a3c4-0000-7000-8000-000000000001","kind":"demo-time","components":["ingress-nginx","prometheus","grafana"]}""";

    private const string Status = """
        {"lastInstall":{"workflowRunId":"0197a3c4-0000-7000-8000-000000000001","state":"succeeded","createdAt":"2026-12-07T03:00:00Z"},"lastNuke":null,
         "components":[{"name":"grafana","description":"Dashboards","namespace":"demo-monitoring","release":"grafana","state":"installed","revision":"2",
           "url":"http://grafana.localtest.me/api/health","healthCheck":"GET /api/health","dependsOn":["prometheus"],
           "credentials":{"namespace":"demo-monitoring","secret":"grafana-admin","keys":["username","password"]}}]}
        """;

    private static (RecordingTransport Transport, CliRunner Cli) Stand(string answer)
    {
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.Accepted, answer));
        return (transport, new CliRunner(() => transport).With("IDP_API_KEY", "inn_admin_key"));
    }

    [Fact]
    public async Task Demo_time_sends_the_components_asked_for_comma_separated_or_repeated()
    {
        var (transport, cli) = Stand(Accepted);

        var result = await cli.RunAsync("demo-time", "--component", "grafana,vault", "-c", "minio", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var (request, body) = Assert.Single(transport.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/demo/time", request.RequestUri!.AbsolutePath);
        Assert.Equal(["grafana", "vault", "minio"], JsonDocument.Parse(body).RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("demo-time", JsonDocument.Parse(result.Out).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Demo_status_prints_each_component_with_its_url_and_credentials_and_yaml_on_request()
    {
        var (_, cli) = Stand(Status);

        var table = await cli.RunAsync("demo-status");
        var yaml = await cli.RunAsync("demo-status", "-o", "yaml");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("http://grafana.localtest.me/api/health", table.Out);
        Assert.Contains("demo-monitoring/grafana-admin (username,password)", table.Out);
        Assert.Contains("secret: grafana-admin", yaml.Out);
    }

    [Fact]
    public async Task Demo_nuke_asks_first_and_sends_nothing_without_a_yes()
    {
        var (transport, cli) = Stand(Accepted.Replace("demo-time", "demo-nuke", StringComparison.Ordinal));

        var refused = await cli.RunWithInputAsync("no\n", "demo-nuke");
        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(transport.Requests);

        var confirmed = await cli.RunAsync("demo-nuke", "--yes");
        Assert.True(confirmed.ExitCode == 0, confirmed.ToString());
        var (request, body) = Assert.Single(transport.Requests);
        Assert.Equal("/api/demo/nuke", request.RequestUri!.AbsolutePath);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("confirm").GetBoolean());
    }

    private static string StatusWith(string state, bool? ready, string? error = null) =>
        $$"""
        {"lastInstall":null,"lastNuke":null,"components":[{"name":"grafana","description":"Dashboards","namespace":"demo-monitoring","release":"grafana",
          "state":"{{state}}","revision":"1","url":"http://grafana.localtest.me/api/health","healthCheck":"GET /api/health","dependsOn":[],"credentials":null,
          "health":{{(ready is null ? "null" : $$"""{"ready":{{(ready.Value ? "true" : "false")}},"latencyMs":12,"detail":"{{(ready.Value ? "HTTP 200" : "HTTP 503")}}"}""")}},
          "error":{{(error is null ? "null" : JsonSerializer.Serialize(error))}}}]}
        """;

    [Fact]
    public async Task Demo_status_shows_readiness_latency_and_a_failed_components_error_in_one_line()
    {
        const string forbidden = "apply Namespace/demo-monitoring: forbidden: system:serviceaccount:innominatus-system:innominatus-workflow may not patch namespaces at the cluster scope";
        var (_, cli) = Stand(StatusWith("failed", false, forbidden));

        var result = await cli.RunAsync("demo-status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no: HTTP 503", result.Out);
        Assert.Contains("12 ms", result.Out);
        Assert.Single(result.Out.Split('\n'), l => l.Contains("may not patch namespaces at the cluster scope", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_status_watch_asks_again_until_every_installed_component_is_ready()
    {
        var answers = new Queue<string>([StatusWith("running", null), StatusWith("installed", false), StatusWith("installed", true)]);
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.OK, answers.Count > 1 ? answers.Dequeue() : answers.Peek()));
        var cli = new CliRunner(() => transport).With("IDP_API_KEY", "inn_admin_key");

        var result = await cli.RunAsync("demo-status", "--watch", "--interval", "1s", "-o", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, transport.Requests.Count);
        Assert.Contains("Every installed demo component is ready.", result.Error);
    }

    [Fact]
    public async Task Demo_status_watch_gives_up_after_the_timeout_with_exit_code_1_naming_what_is_not_ready()
    {
        var (_, cli) = Stand(StatusWith("installed", false));

        var result = await cli.RunAsync("demo-status", "--watch", "--interval", "1s", "--timeout", "2s");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not ready: grafana", result.Error);
    }

    [Fact]
    public async Task Demo_reset_asks_first_and_then_sends_the_confirmation()
    {
        var (transport, cli) = Stand("""{"runs":3,"steps":17,"logLines":120}""");

        var refused = await cli.RunWithInputAsync("no\n", "demo-reset");
        Assert.Equal(2, refused.ExitCode);
        Assert.Empty(transport.Requests);

        var confirmed = await cli.RunAsync("demo-reset", "--yes");
        Assert.True(confirmed.ExitCode == 0, confirmed.ToString());
        var (request, body) = Assert.Single(transport.Requests);
        Assert.Equal((HttpMethod.Post, "/api/demo/reset"), (request.Method, request.RequestUri!.AbsolutePath));
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("confirm").GetBoolean());
        Assert.Contains("deleted 3 demo runs (17 steps, 120 log lines)", confirmed.Out);
    }

    [Fact]
    public async Task Demo_reset_during_a_run_is_exit_code_1_with_the_servers_reason()
    {
        var transport = new RecordingTransport((_, _) => (HttpStatusCode.Conflict, """{"title":"A demo run is still going","status":409,"detail":"A demo-time or demo-nuke run has not finished."}"""));
        var cli = new CliRunner(() => transport).With("IDP_API_KEY", "inn_admin_key");

        var result = await cli.RunAsync("demo-reset", "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has not finished", result.Error);
    }
}
