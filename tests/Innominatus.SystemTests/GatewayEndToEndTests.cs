using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Innominatus.SystemTests;

public class GatewayEndToEndTests(SystemFixture fixture) : IClassFixture<SystemFixture>
{
    [Fact]
    public async Task Health_ready_and_metrics_answer_through_the_gateway()
    {
        using var gateway = fixture.System.Gateway();

        var health = await gateway.GetAsync("/health");
        var ready = await gateway.GetFromJsonAsync<JsonElement>("/ready");
        var metrics = await gateway.GetStringAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(health.Headers.GetValues("X-Trace-Id")));
        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        foreach (var service in new[] { "workflow-service", "identity-service", "demo-service" })
        {
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty(service).GetProperty("status").GetString());
        }
        Assert.Matches("""innominatus_http_requests_total\{[^}]*method="GET",route="/health",status="200"[^}]*\} \d+""", metrics);
    }

    [Theory]
    [InlineData("workflow")]
    [InlineData("identity")]
    [InlineData("demo")]
    public async Task Each_service_is_ready_behind_the_gateway(string service)
    {
        using var gateway = fixture.System.Gateway();

        var ready = await gateway.GetFromJsonAsync<JsonElement>($"/ready/{service}");

        Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("messaging").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_message_published_by_one_service_is_answered_by_the_others_through_RabbitMQ()
    {
        using var gateway = await fixture.System.AdminGatewayAsync();

        var response = await gateway.PostAsync("/api/diagnostics/bus-probes", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var services = body.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("service").GetString()!).ToArray();
        Assert.Equal(["demo", "identity", "workflow"], services);
    }

    [Fact]
    public async Task The_trace_started_at_the_gateway_continues_in_the_service_behind_it()
    {
        using var gateway = await fixture.System.AdminGatewayAsync();

        // Unknown inside the workflow service's own prefix: the 404 problem comes from the service itself.
        var response = await gateway.GetAsync("/api/diagnostics/no-such-probe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(traceId, problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task A_route_the_gateway_does_not_know_is_a_404_problem_for_a_caller_and_401_for_anonymous()
    {
        using var gateway = await fixture.System.AdminGatewayAsync();
        using var anonymous = fixture.System.AnonymousGateway();

        var response = await gateway.GetAsync("/api/unknown-things");
        var refused = await anonymous.GetAsync("/api/unknown-things");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task The_bootstrap_admin_logs_in_through_the_gateway_and_every_response_has_security_headers()
    {
        using var gateway = await fixture.System.AdminGatewayAsync();

        var profile = await gateway.GetAsync("/api/profile");

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal("admin", (await profile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("username").GetString());
        Assert.Equal("nosniff", Assert.Single(profile.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(profile.Headers.Contains("Server"));
    }
}
