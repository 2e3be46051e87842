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
}
