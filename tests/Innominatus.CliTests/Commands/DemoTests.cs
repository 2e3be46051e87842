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

    private const string StatusWithSingleSignOn = """
        {"lastInstall":null,"lastNuke":null,"components":[],
         "singleSignOn":{"realm":"innominatus-demo","issuer":"http://keycloak.localtest.me/realms/innominatus-demo",
           "backChannelUrl":"http://keycloak-keycloakx-http.demo-keycloak.svc/realms/innominatus-demo","clientId":"innominatus",
           "clientSecret":{"namespace":"demo-keycloak","secret":"keycloak-credentials","key":"innominatus-client-secret"},
           "redirectUrl":"http://localhost:8081/auth/callback","rolesClaim":"roles","groupsClaim":"groups",
           "users":[{"username":"demo-admin","roles":["admin","member"],"groups":["platform-team"],
             "password":{"namespace":"demo-keycloak","secret":"keycloak-credentials","key":"demo-admin-password"}}],
           "switchOn":["kubectl get secret keycloak-credentials -n demo-keycloak | kubectl create secret generic innominatus-oidc","helm upgrade innominatus ./charts/innominatus --reuse-values"],
           "note":"demo-time does not restart Innominatus."}}
        """;

    [Fact]
    public async Task Demo_status_prints_the_single_sign_on_realm_where_its_secrets_are_and_the_commands_that_switch_it_on()
    {
        var (_, cli) = Stand(StatusWithSingleSignOn);

        var result = await cli.RunAsync("demo-status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Single sign-on: Keycloak realm innominatus-demo", result.Out);
        Assert.Contains("issuer:        http://keycloak.localtest.me/realms/innominatus-demo", result.Out);
        Assert.Contains("client:        innominatus, secret in Secret demo-keycloak/keycloak-credentials key innominatus-client-secret", result.Out);
        Assert.Contains("redirect URL:  http://localhost:8081/auth/callback", result.Out);
        Assert.Contains("user:          demo-admin (roles admin,member; groups platform-team), password in Secret demo-keycloak/keycloak-credentials key demo-admin-password", result.Out);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var switchOn = lines.IndexOf("To switch Innominatus to it:");
        Assert.True(switchOn >= 0, result.Out);
        Assert.Equal("  helm upgrade innominatus ./charts/innominatus --reuse-values", lines[switchOn + 2]);
        Assert.Contains("demo-time does not restart Innominatus.", result.Out);
    }

    [Fact]
    public async Task Demo_status_without_a_realm_prints_no_single_sign_on_section()
    {
        var (_, cli) = Stand(Status);

        var result = await cli.RunAsync("demo-status");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Single sign-on", result.Out);
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
