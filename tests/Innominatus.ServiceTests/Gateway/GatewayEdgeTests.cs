using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceTests.Gateway;

public class GatewayEdgeTests
{
    [Fact]
    public async Task An_oversized_body_is_refused_with_413_problem_details_before_it_is_proxied()
    {
        await using var gateway = new GatewayFactory(new Dictionary<string, string> { ["Gateway:MaxRequestBodyBytes"] = "1024" });
        using var client = gateway.CreateClient();

        var response = await client.PostAsync("/api/applications", new StringContent(new string('x', 2048)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The body has 2048 bytes; the limit is 1024 bytes.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_address_over_its_rate_limit_gets_429_with_retry_after_whatever_key_it_sends_while_another_address_still_passes()
    {
        await using var gateway = new GatewayFactory(new Dictionary<string, string> { ["Gateway:RequestsPerAddressPerWindow"] = "2", ["Gateway:WindowSeconds"] = "60" });
        using var client = gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/applications");
            request.Headers.Add("X-API-Key", "client-" + i);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        var limited = await client.GetAsync("/api/workflows");
        var elsewhere = await gateway.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/api/applications";
            context.Request.Headers["X-API-Key"] = "client-b";
            context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
        });

        // No IdentityService behind this gateway: the key cannot be checked (503) until the limit stops the address first.
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, elsewhere.Response.StatusCode);
    }

    [Fact]
    public async Task Probes_and_metrics_are_never_rate_limited()
    {
        await using var gateway = new GatewayFactory(new Dictionary<string, string> { ["Gateway:RequestsPerWindow"] = "1", ["Gateway:RequestsPerAddressPerWindow"] = "1" });
        using var client = gateway.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
        }
    }

    // A path outside /api belongs to the web UI (WebRouteTests), which answers it.
    [Theory]
    [InlineData("/api/no-such-thing", HttpStatusCode.Unauthorized)]
    public async Task An_unknown_route_is_a_404_problem_with_a_trace_id_and_anonymous_callers_learn_nothing_about_api_routes(string path, HttpStatusCode expected)
    {
        await using var gateway = new GatewayFactory();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
        Assert.Matches("^[0-9a-f]{32}$", traceId);
    }

    [Fact]
    public async Task The_gateway_is_not_ready_while_the_services_behind_it_are_down_but_stays_alive()
    {
        await using var gateway = new GatewayFactory();
        using var client = gateway.CreateClient();

        var ready = await client.GetAsync("/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("workflow-service").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/api/applications")]
    [InlineData("/nothing")]
    public async Task Every_response_carries_security_headers_and_no_server_header(string path)
    {
        await using var gateway = new GatewayFactory();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }
}
